package org.cpis.core.upload;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Values gathered one by one that stay in memory while they are few and move to a temporary file once they pass
 * the in-memory limit ({@link ResultSpilling}). {@link #finish} hands them over as a list (in memory, or reading
 * the file); {@link #discard} deletes the file of values no longer needed. Not thread-safe.
 */
final class SpillingBuffer<T> implements AutoCloseable {

    private static final int FILE_BUFFER = 1 << 16;

    private final ResultSpilling spilling;
    private final SpillCodec<T> codec;
    private final String kind;
    private List<T> memory = new ArrayList<>();
    private Path file;
    private DataOutputStream out;
    private int size;
    private boolean handedOver;

    SpillingBuffer(ResultSpilling spilling, SpillCodec<T> codec, String kind) {
        this.spilling = spilling;
        this.codec = codec;
        this.kind = kind;
    }

    void add(T value) {
        try {
            if (out == null && memory.size() >= spilling.inMemoryLimit()) {
                spill();
            }
            if (out != null) {
                codec.write(out, value);
            } else {
                memory.add(value);
            }
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write upload " + kind + " to " + file + ": " + e.getMessage(), e);
        }
    }

    int size() {
        return size;
    }

    private void spill() throws IOException {
        Files.createDirectories(spilling.directory());
        file = Files.createTempFile(spilling.directory(), ResultSpilling.FILE_PREFIX + kind + "-", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER));
        for (T value : memory) {
            codec.write(out, value);
        }
        memory = null;
    }

    /** The values in order; a spilled list owns its file from now on (deleted when the list is garbage). */
    List<T> finish() {
        if (out == null) {
            handedOver = true;
            return List.copyOf(memory);
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write upload " + kind + " to " + file + ": " + e.getMessage(), e);
        }
        handedOver = true;
        return new SpilledList<>(file, size, codec);
    }

    /** Passes the values on in chunks of at most {@code chunkSize}, in order, then lets them go. */
    void forEachChunk(int chunkSize, Consumer<List<T>> action) {
        List<T> all = finish();
        try {
            List<T> chunk = new ArrayList<>(Math.min(chunkSize, all.size()));
            for (T value : all) {
                chunk.add(value);
                if (chunk.size() == chunkSize) {
                    action.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                action.accept(List.copyOf(chunk));
            }
        } finally {
            if (all instanceof SpilledList<T> spilled) {
                spilled.delete();
            }
        }
    }

    /** Deletes the spill file unless its values were handed over. */
    void discard() {
        if (handedOver) {
            return;
        }
        handedOver = true;
        memory = null;
        if (file != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the file goes anyway
            }
            SpilledList.deleteQuietly(file);
        }
    }

    @Override
    public void close() {
        discard();
    }

    static int purge(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*.bin")) {
            for (Path f : files) {
                if (Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the upload spill folder " + directory + ": " + e.getMessage(), e);
        }
        return deleted;
    }
}
