package org.cpis.server.runtime;

import java.util.Optional;
import java.io.IOException;
import org.cpis.server.settings.Settings;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseOpenException;
import org.cpis.store.DatabaseSettings;

/**
 * The CP-IS database opened the same way by the service and by every admin command. For the embedded
 * PostgreSQL this first takes the data folder's lock (one process at a time), checks its port, and stops a server
 * an earlier CP-IS process left running when it ended without stopping it ({@link LeftoverEmbeddedDatabase}).
 * The store's own failure to open (it names the database and the reason) becomes a {@link StartupException}.
 */
public final class ServerDatabase implements AutoCloseable {

    /** An admin command beside the running service needs few connections of the server's. */
    static final int ADMIN_POOL_SIZE = 4;

    private final DataFolderLock lock;
    private final CpisDatabase database;

    private ServerDatabase(DataFolderLock lock, CpisDatabase database) {
        this.lock = lock;
        this.database = database;
    }

    /**
     * Opens (and migrates) the database of these settings.
     *
     * @param holder what is opening it, named to others who find the data folder in use
     */
    public static ServerDatabase open(Settings settings, String holder) {
        if (!settings.usesEmbeddedDatabase()) {
            return new ServerDatabase(null, openStore(settings));
        }
        DataFolderLock lock = DataFolderLock.acquire(settings.dataFolder(), holder);
        try {
            LeftoverEmbeddedDatabase.stopIfRunning(settings.dataFolder());
            EmbeddedDatabasePort.requireFree(settings.embeddedDatabasePort());
            return new ServerDatabase(lock, openStore(settings));
        } catch (RuntimeException e) {
            release(lock, e);
            throw e;
        }
    }

    /**
     * Opens the database for an admin command. When the service (or another command) is running on the same data
     * folder, the command does not start a second embedded PostgreSQL: it connects to the one running, as a client,
     * so that an administrator can register, disable or enable at once without stopping the service (CP-IS059,
     * CP-SC014).
     */
    public static ServerDatabase openForAdmin(Settings settings, String holder) {
        if (settings.usesEmbeddedDatabase() && DataFolderLock.isHeldByAnother(settings.dataFolder())) {
            Optional<Integer> port = RunningEmbeddedDatabase.port(settings.dataFolder());
            if (port.isPresent()) {
                return new ServerDatabase(null, openRunning(settings, port.get()));
            }
        }
        return open(settings, holder);
    }

    private static CpisDatabase openRunning(Settings settings, int port) {
        try {
            return CpisDatabase.open(new DatabaseSettings(settings.dataFolder(), RunningEmbeddedDatabase.url(port),
                    RunningEmbeddedDatabase.USER, null, 0).withPoolSize(ADMIN_POOL_SIZE));
        } catch (DatabaseOpenException e) {
            throw new StartupException("the data folder " + settings.dataFolder() + " is in use and its running"
                    + " database on port " + port + " cannot be reached: " + e.getMessage(), e);
        }
    }

    public CpisDatabase database() {
        return database;
    }

    /** Which database this is, for people: kind, place and port. */
    public String description() {
        return database.description();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (lock != null) {
                release(lock, null);
            }
        }
    }

    private static CpisDatabase openStore(Settings settings) {
        try {
            return CpisDatabase.open(new DatabaseSettings(settings.dataFolder(), settings.databaseUrl(),
                    settings.databaseUser(), settings.databasePassword(), settings.embeddedDatabasePort())
                    .withPoolSize(settings.databasePoolSize()));
        } catch (DatabaseOpenException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static void release(DataFolderLock lock, RuntimeException failure) {
        try {
            lock.close();
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw new StartupException("data folder lock cannot be released: " + e.getMessage(), e);
            }
        }
    }
}
