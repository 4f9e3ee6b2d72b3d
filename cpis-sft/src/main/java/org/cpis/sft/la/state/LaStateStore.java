package org.cpis.sft.la.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state folder of the LA-side client, opened by one command at a time:
 * <pre>
 *   state.json           what the client remembers (LaState), plain JSON, replaced atomically on every save
 *   state.previous.json  the state before the last save, for an administrator who must go back one step
 *   uploads/             the upload files built (CPIS_&lt;ODS&gt;_&lt;sequence id&gt;.xml)
 *   received/            the messages taken from the inbox, as received
 *   .lock                held while a command runs, so that a cron 'sync' and a person never work at once
 * </pre>
 * A crash at any point leaves {@code state.json} whole: either before or after the save. An upload file written but
 * not yet in the state is simply not known (it is never sent) and is overwritten by the next build.
 */
public final class LaStateStore implements AutoCloseable {

    public static final String STATE_FILE = "state.json";
    public static final String PREVIOUS_STATE_FILE = "state.previous.json";

    private static final Logger LOG = LoggerFactory.getLogger(LaStateStore.class);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LaState state;

    private LaStateStore(Path folder, FileChannel lockChannel, FileLock lock, LaState state) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.state = state;
    }

    /** Opens (creating when new) the state folder and takes its lock; {@link LaCode#STATE_LOCKED} when taken. */
    public static LaStateStore open(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder.resolve("uploads"));
            Files.createDirectories(folder.resolve("received"));
            channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LaClientException(LaCode.STATE_LOCKED, "another cpis la command is using the state folder "
                        + folder.toAbsolutePath() + ": wait for it to finish and run this one again");
            }
            removeLeftoverTemporaryFiles(folder);
            LaStateStore store = new LaStateStore(folder, channel, lock, load(folder));
            channel = null;
            return store;
        } catch (IOException e) {
            throw new LaClientException(LaCode.STATE_UNREADABLE, "cannot open the state folder "
                    + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    LOG.debug("closing the lock file failed", e);
                }
            }
        }
    }

    private static LaState load(Path folder) {
        Path file = folder.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return LaState.of(new LaState.Document(LaState.VERSION, 0, null, null, null, null, null));
        }
        try {
            LaState.Document document = MAPPER.readValue(file.toFile(), LaState.Document.class);
            if (document.version() != LaState.VERSION) {
                throw new LaClientException(LaCode.STATE_UNREADABLE, file + " is of version " + document.version()
                        + "; this client reads version " + LaState.VERSION + ": use the client that wrote it");
            }
            return LaState.of(document);
        } catch (JsonProcessingException e) {
            throw new LaClientException(LaCode.STATE_UNREADABLE, file + " is damaged (" + e.getOriginalMessage()
                    + "): restore it from your backup, or from " + PREVIOUS_STATE_FILE + " in the same folder", e);
        } catch (IOException e) {
            throw new LaClientException(LaCode.STATE_UNREADABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void removeLeftoverTemporaryFiles(Path folder) throws IOException {
        for (Path dir : new Path[] {folder, folder.resolve("uploads"), folder.resolve("received")}) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public LaState state() {
        return state;
    }

    public Path folder() {
        return folder;
    }

    /** Where upload files are kept. */
    public Path uploads() {
        return folder.resolve("uploads");
    }

    /** Where received messages are kept. */
    public Path received() {
        return folder.resolve("received");
    }

    /** Saves the state: the old state becomes {@value #PREVIOUS_STATE_FILE}, the new one replaces it atomically. */
    public void save() {
        Path file = folder.resolve(STATE_FILE);
        try {
            byte[] json = MAPPER.writeValueAsBytes(state.document());
            if (Files.exists(file)) {
                AtomicFiles.write(folder.resolve(PREVIOUS_STATE_FILE), Files.readAllBytes(file));
            }
            AtomicFiles.write(file, json);
        } catch (IOException e) {
            throw new LaClientException(LaCode.STATE_UNREADABLE, "cannot save " + file + ": " + e.getMessage()
                    + "; the state before this command is kept", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("releasing the state folder lock failed", e);
        }
    }
}
