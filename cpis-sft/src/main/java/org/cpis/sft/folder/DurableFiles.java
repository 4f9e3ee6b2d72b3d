package org.cpis.sft.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File moves and writes that survive a crash or a power cut: a file is written under a hidden temporary name,
 * forced to disk and renamed into place, so a reader sees it whole or not at all; renames are made durable by
 * forcing the folder. Temporary files are created afresh ({@code CREATE_NEW}), so a link planted under their name
 * is never followed.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    /** What is written into a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} whole or not at all, replacing an earlier file of that name. */
    static void write(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(target.getParent());
    }

    /** Writes {@code target} from {@code in}, whole or not at all. */
    static void copy(InputStream in, Path target) throws IOException {
        write(target, out -> in.transferTo(out));
    }

    /** Renames a file (atomic, replacing a file of that name) and makes the rename durable. */
    static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(to.getParent());
        if (!from.getParent().equals(to.getParent())) {
            forceFolder(from.getParent());
        }
    }

    /** Whether {@code file} is a plain file (a link to one is not). */
    static boolean isPlainFile(Path file) {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Makes renames in {@code folder} durable where the platform allows it (Linux, macOS; not Windows). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // a platform that cannot open folders (Windows) makes renames durable on its own
        }
    }
}
