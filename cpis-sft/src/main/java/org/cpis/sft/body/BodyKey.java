package org.cpis.sft.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The AES-256 key that encrypts message bodies, kept in a PKCS#12 key store in the data folder (created with a new
 * key on first use, readable by the service's account only where the file system allows). Losing the key store
 * loses every stored body: OPERATING.md says to back it up.
 */
public final class BodyKey {

    static final String ALIAS = "cpis-message-bodies";

    private BodyKey() {
    }

    /**
     * Loads the key from {@code keyStore}, creating the store with a fresh random key when it does not exist. Two
     * processes creating it at once end with the same key: the second finds the first's store and loads it.
     *
     * @throws BodyKeyException (CPIS-F050) the store cannot be opened with this password, (CPIS-F051) it is not a
     *                          body key store or is damaged, (CPIS-F052) it cannot be read or written
     */
    public static SecretKey loadOrCreate(Path keyStore, char[] password) {
        try {
            if (Files.exists(keyStore)) {
                return load(keyStore, password);
            }
            return create(keyStore, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw wrongPassword(keyStore, e);
            }
            if (e instanceof FileSystemException) {
                throw new BodyKeyException(BodyKeyException.Problem.UNREADABLE, keyStore, e.getMessage(), e);
            }
            throw new BodyKeyException(BodyKeyException.Problem.NOT_A_BODY_KEY_STORE, keyStore, e.getMessage(), e);
        } catch (UnrecoverableKeyException e) {
            throw wrongPassword(keyStore, e);
        } catch (GeneralSecurityException e) {
            throw new BodyKeyException(BodyKeyException.Problem.NOT_A_BODY_KEY_STORE, keyStore, e.getMessage(), e);
        }
    }

    private static BodyKeyException wrongPassword(Path keyStore, Exception e) {
        return new BodyKeyException(BodyKeyException.Problem.WRONG_PASSWORD, keyStore, null, e);
    }

    private static SecretKey load(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        KeyStore.Entry entry;
        try {
            entry = store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
        } catch (UnsupportedOperationException e) {
            throw new GeneralSecurityException("its entry " + ALIAS + " is not a secret key", e);
        }
        if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
            throw new GeneralSecurityException("it holds no secret key named " + ALIAS);
        }
        return secret.getSecretKey();
    }

    private static SecretKey create(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey key = generator.generateKey();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        Path parent = keyStore.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "body-key", ".tmp"); // owner-only on POSIX file systems
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                store.store(out, password);
                out.flush();
                channel.force(true);
            }
            // no REPLACE_EXISTING: a store another process made meanwhile wins, and its key is the one used
            Files.move(temp, keyStore);
            return key;
        } catch (FileAlreadyExistsException e) {
            return load(keyStore, password);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
