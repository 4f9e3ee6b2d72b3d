package org.cpis.core.upload;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unmodifiable list read from a spill file ({@link SpillingBuffer}): iterating reads the file from its start
 * with a stream of its own; {@link #get} reads forward from where the last {@code get} stopped (so a loop over the
 * indexes reads the file once). The file is deleted when the list is garbage, or by {@link #delete}.
 */
final class SpilledList<T> extends AbstractList<T> {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int FILE_BUFFER = 1 << 16;

    private final Path file;
    private final int size;
    private final SpillCodec<T> codec;
    private final Cleaner.Cleanable cleanable;
    private DataInputStream cursor;
    private int cursorIndex;

    SpilledList(Path file, int size, SpillCodec<T> codec) {
        this.file = file;
        this.size = size;
        this.codec = codec;
        this.cleanable = CLEANER.register(this, () -> deleteQuietly(file));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public synchronized T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        try {
            if (cursor == null || index < cursorIndex) {
                closeCursor();
                cursor = open();
                cursorIndex = 0;
            }
            while (cursorIndex < index) {
                codec.read(cursor);
                cursorIndex++;
            }
            T value = codec.read(cursor);
            cursorIndex++;
            if (cursorIndex == size) {
                closeCursor();
            }
            return value;
        } catch (IOException e) {
            closeCursor();
            throw unreadable(e);
        }
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private DataInputStream in;
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                try {
                    if (in == null) {
                        in = open();
                    }
                    T value = codec.read(in);
                    if (++next == size) {
                        in.close();
                    }
                    return value;
                } catch (IOException e) {
                    throw unreadable(e);
                }
            }
        };
    }

    /** Deletes the file now; the list cannot be read afterwards. */
    void delete() {
        synchronized (this) {
            closeCursor();
        }
        cleanable.clean();
    }

    private DataInputStream open() throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), FILE_BUFFER));
    }

    private void closeCursor() {
        if (cursor != null) {
            try {
                cursor.close();
            } catch (IOException e) {
                // reading is over either way
            }
            cursor = null;
        }
    }

    private UncheckedIOException unreadable(IOException e) {
        String why = e instanceof EOFException ? "it ends early" : e.getMessage();
        return new UncheckedIOException("cannot read the upload spill file " + file + ": " + why, e);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the service empties the spill folder when it starts (ResultSpilling.purge)
        }
    }
}
