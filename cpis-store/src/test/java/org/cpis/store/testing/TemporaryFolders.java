package org.cpis.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders under the build's {@code target/} (or the system's temporary folder outside a build). */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    public static Path create(String prefix) {
        try {
            Path target = Path.of("target");
            return Files.isDirectory(target) ? Files.createTempDirectory(target, prefix)
                    : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
