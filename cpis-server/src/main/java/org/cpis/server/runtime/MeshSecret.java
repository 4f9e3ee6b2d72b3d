package org.cpis.server.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;

/**
 * The MESH environment shared secret that keys the authorisation token's HMAC: {@code mesh.secret} when set,
 * otherwise a development secret created once in {@code <data>/keys/mesh-development-secret} (with a warning: LAs'
 * MESH clients must be given the same secret).
 */
record MeshSecret(String value, Path developmentFile) {

    static MeshSecret resolve(Settings settings) {
        if (settings.exchange().meshSecret() != null) {
            return new MeshSecret(settings.exchange().meshSecret(), null);
        }
        Path file = settings.dataFolder().resolve("keys").resolve("mesh-development-secret");
        try {
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return new MeshSecret(text, file);
                }
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Path temp = Files.createTempFile(file.getParent(), "mesh-secret", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new MeshSecret(secret, file);
        } catch (IOException e) {
            throw new StartupException("cannot read or create the MESH development secret " + file + ": "
                    + e.getMessage() + "; set " + Setting.MESH_SECRET.environmentVariable() + " instead", e);
        }
    }

    boolean isDevelopment() {
        return developmentFile != null;
    }

    String warning() {
        return Setting.MESH_SECRET.key() + " is not set: the MESH door uses the development shared secret in "
                + developmentFile + "; give it to the LAs' MESH clients, or set "
                + Setting.MESH_SECRET.environmentVariable() + " for anything but development";
    }
}
