package org.cpis.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.cpis.core.port.Transactions;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.store.demographics.DemographicsChangeTable;
import org.cpis.store.demographics.DemographicsTable;
import org.cpis.store.exchange.MailboxTable;
import org.cpis.store.exchange.MessageTable;
import org.cpis.store.locks.AdvisoryWorkLocks;
import org.cpis.store.organisation.OrganisationTable;
import org.cpis.store.roles.RoleDirectoryTable;
import org.cpis.store.session.PostgresTransactions;
import org.cpis.store.systems.AccreditedSystemTable;
import org.cpis.store.transmission.TransmissionLogTable;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The CP-IS database: an embedded PostgreSQL in the service's data folder, or an external server, with the
 * schema brought up to date on {@link #open}. Everything the core's ports need comes from here.
 */
public final class CpisDatabase implements AutoCloseable {

    private final EmbeddedServer server;
    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final String description;
    private final PostgresTransactions transactions;
    private final DemographicsTable demographics;
    private final OrganisationTable organisations;
    private final AccreditedSystemTable accreditedSystems;
    private final RoleDirectoryTable roleDirectory;
    private final TransmissionLogTable transmissionLog;
    private final MailboxTable mailboxes;
    private final MessageTable messages;
    private final AdvisoryWorkLocks workLocks;
    private final DemographicsChangeTable demographicsChanges;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CpisDatabase(EmbeddedServer server, HikariDataSource pool, String jdbcUrl, DatabaseSettings settings) {
        this.server = server;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES);
        String version = dsl.connectionResult(c -> c.getMetaData().getDatabaseProductVersion());
        this.description = server == null
                ? "PostgreSQL " + version + " at " + JdbcUrls.withoutParameters(jdbcUrl)
                : "embedded PostgreSQL " + version + " at " + server.directory() + " on port " + server.port();
        this.transactions = new PostgresTransactions(dsl);
        this.demographics = new DemographicsTable(dsl);
        this.organisations = new OrganisationTable(dsl);
        this.accreditedSystems = new AccreditedSystemTable(dsl);
        this.roleDirectory = new RoleDirectoryTable(dsl);
        this.transmissionLog = new TransmissionLogTable(dsl);
        this.mailboxes = new MailboxTable(dsl);
        this.messages = new MessageTable(dsl);
        this.workLocks = new AdvisoryWorkLocks(pool, settings.maxHeldWorkLocks());
        this.demographicsChanges = new DemographicsChangeTable(dsl);
    }

    /**
     * Starts the embedded server (when no JDBC URL is set) or connects to the external one, then migrates the
     * schema. Fails with a {@link DatabaseOpenException} that says what could not be done and why.
     */
    public static CpisDatabase open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        EmbeddedServer server = settings.isEmbedded()
                ? EmbeddedServer.start(settings.dataDirectory(), settings.embeddedPort()) : null;
        try {
            String url = server == null ? settings.jdbcUrl() : server.jdbcUrl();
            HikariDataSource pool = server == null
                    ? ConnectionPool.open(url, settings.user(), settings.password(), settings.poolSize())
                    : ConnectionPool.open(url, EmbeddedServer.USER, null, settings.poolSize());
            try {
                SchemaMigration.migrate(pool, JdbcUrls.withoutParameters(url));
                return new CpisDatabase(server, pool, url, settings);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (RuntimeException e) {
            if (server != null) {
                stopAfterFailure(server, e);
            }
            throw e;
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * One transaction per use case, with every store of the core's ports inside it. The file ledger keeps a large
     * acknowledgement it reads back (a repeated file) in {@link ResultSpilling#DEFAULTS}; the service gives its own
     * spill folder with {@link #transactions(ResultSpilling)}.
     */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * The same transactions, with the file ledger keeping an acknowledgement it reads back out of memory as
     * {@code ledgerSpilling} says: give it the {@link ResultSpilling} of the {@code UploadService}.
     */
    public Transactions transactions(ResultSpilling ledgerSpilling) {
        return transactions.withLedgerSpilling(ledgerSpilling);
    }

    /** The PDS stand-in. */
    public DemographicsTable demographics() {
        return demographics;
    }

    /** ODS codes to names. */
    public OrganisationTable organisations() {
        return organisations;
    }

    /** The allow-list of accredited systems and their client certificates (CP-NHS018). */
    public AccreditedSystemTable accreditedSystems() {
        return accreditedSystems;
    }

    /** The role directory, the SDS stand-in (CP-IS042). */
    public RoleDirectoryTable roleDirectory() {
        return roleDirectory;
    }

    /** The log of message transmissions (CP-IS061). */
    public TransmissionLogTable transmissionLog() {
        return transmissionLog;
    }

    /** The registered LA mailboxes and their MESH passwords (CP-SC014). */
    public MailboxTable mailboxes() {
        return mailboxes;
    }

    /** The messages of every mailbox with their lifecycle (CP-IS004, CP-IS023). */
    public MessageTable messages() {
        return messages;
    }

    /**
     * Locks shared by every node on this database (PostgreSQL advisory locks). Each held lock keeps one pool
     * connection; at most {@link DatabaseSettings#maxHeldWorkLocks()} are held at once.
     */
    public AdvisoryWorkLocks workLocks() {
        return workLocks;
    }

    /**
     * The demographics change feed (CP-IS012); {@link org.cpis.store.demographics.DemographicsChangeCsv} loads a
     * change file into it.
     */
    public DemographicsChangeTable demographicsChanges() {
        return demographicsChanges;
    }

    /** How many connections the pool keeps (each held work lock keeps one). */
    public int poolSize() {
        return pool.getMaximumPoolSize();
    }

    /**
     * One line for the ready message, e.g. "embedded PostgreSQL 16.9 at /srv/cpis-data/postgres on port 54012"
     * or "PostgreSQL 16.4 at jdbc:postgresql://db.example/cpis". Never shows a password.
     */
    public String description() {
        return description;
    }

    /** Closes the connection pool, then stops the embedded server. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            pool.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static void stopAfterFailure(EmbeddedServer server, RuntimeException failure) {
        try {
            server.close();
        } catch (RuntimeException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }
}
