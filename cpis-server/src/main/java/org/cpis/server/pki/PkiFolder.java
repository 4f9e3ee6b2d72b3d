package org.cpis.server.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.cpis.core.model.Asid;

/**
 * Where the certificates live: {@code <data>/pki/}.
 * <pre>
 * ca.p12                    the development CA: its private key and certificate (PKCS#12)
 * ca.pem                    the CA certificate (PEM): what clients and the server trust
 * server.p12, server.pem    the server's key and certificate chain; its certificate
 * clients/ASID.p12, .pem    a client system's key and certificate chain; its certificate
 * development-password      the keystores' password when pki.password is not set (development only)
 * </pre>
 * Keystores and the password file are readable by their owner only (where the file system has POSIX permissions).
 */
public final class PkiFolder {

    public static final String FOLDER_NAME = "pki";
    public static final String CA_KEYSTORE = "ca.p12";
    public static final String CA_CERTIFICATE = "ca.pem";
    public static final String SERVER_KEYSTORE = "server.p12";
    public static final String SERVER_CERTIFICATE = "server.pem";
    public static final String CLIENTS = "clients";
    static final String MAILBOXES = "mailboxes";
    public static final String DEVELOPMENT_PASSWORD = "development-password";

    private final Path directory;

    private PkiFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The PKI folder of a data folder: {@code <data>/pki}. */
    public static PkiFolder of(Path dataFolder) {
        return new PkiFolder(Objects.requireNonNull(dataFolder, "dataFolder").resolve(FOLDER_NAME));
    }

    /** A PKI folder at any place (e.g. one handed to another machine). */
    public static PkiFolder at(Path directory) {
        return new PkiFolder(directory);
    }

    public Path directory() {
        return directory;
    }

    public Path caKeystore() {
        return directory.resolve(CA_KEYSTORE);
    }

    public Path caCertificate() {
        return directory.resolve(CA_CERTIFICATE);
    }

    public Path serverKeystore() {
        return directory.resolve(SERVER_KEYSTORE);
    }

    public Path serverCertificate() {
        return directory.resolve(SERVER_CERTIFICATE);
    }

    public Path clientKeystore(Asid asid) {
        return directory.resolve(CLIENTS).resolve(asid.value() + ".p12");
    }

    public Path clientCertificate(Asid asid) {
        return directory.resolve(CLIENTS).resolve(asid.value() + ".pem");
    }

    /** A Local Authority mailbox's MESH client key and certificate chain (PKCS#12). */
    public Path mailboxKeystore(String mailboxId) {
        return directory.resolve(MAILBOXES).resolve(mailboxId + ".p12");
    }

    public Path mailboxCertificate(String mailboxId) {
        return directory.resolve(MAILBOXES).resolve(mailboxId + ".pem");
    }

    public Path developmentPassword() {
        return directory.resolve(DEVELOPMENT_PASSWORD);
    }

    /**
     * Writes a file whole or not at all (a temporary file moved into place), creating its folder.
     *
     * @param secret readable by the owner only
     */
    static void write(Path file, byte[] content, boolean secret) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
                }
                Files.write(temporary, content);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PkiException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static void writeText(Path file, String content, boolean secret) {
        write(file, content.getBytes(StandardCharsets.UTF_8), secret);
    }
}
