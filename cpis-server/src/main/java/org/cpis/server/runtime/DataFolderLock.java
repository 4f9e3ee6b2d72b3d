package org.cpis.server.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the embedded database of a data folder to one process at a time: the service or one admin command.
 * The lock is the operating system's lock on {@code cpis.lock} in the data folder, so it goes away with
 * the process that held it, however that process ended. The file names the holder, for the message others get.
 */
public final class DataFolderLock implements AutoCloseable {

    public static final String LOCK_FILE_NAME = "cpis.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for {@code holder} (for example "cpis-server serve").
     *
     * @throws StartupException when another process holds it
     */
    public static DataFolderLock acquire(Path dataFolder, String holder) {
        Path file = dataFolder.resolve(LOCK_FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StartupException(inUse(dataFolder, file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describe(holder).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException("data folder " + dataFolder + " cannot be locked: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Whether another process holds the data folder's lock now. */
    public static boolean isHeldByAnother(Path dataFolder) {
        Path file = dataFolder.resolve(LOCK_FILE_NAME);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same process
        }
    }

    private static String describe(String holder) {
        return holder + " (process " + ProcessHandle.current().pid() + ")\n";
    }

    private static String inUse(Path dataFolder, Path file) {
        String holder;
        try {
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            holder = "";
        }
        return "data folder " + dataFolder + " is in use by " + (holder.isEmpty() ? "another CP-IS process" : holder)
                + ": its embedded database serves one process at a time, so admin commands must not run while"
                + " the service uses the same data folder; stop the service first, or use an external PostgreSQL (--db-url)";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the failure being reported matters more
            }
        }
    }
}
