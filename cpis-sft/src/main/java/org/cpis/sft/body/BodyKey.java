package org.cpis.sft.body;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The AES-256 key that encrypts message bodies, kept in a PKCS#12 key store in the data folder (created with a new
 * key on first use). Losing the key store loses every stored body: OPERATING.md says to back it up.
 */
public final class BodyKey {

    static final String ALIAS = "cpis-message-bodies";

    private BodyKey() {
    }

    /** Loads the key from {@code keyStore}, creating the store with a fresh random key when it does not exist. */
    public static SecretKey loadOrCreate(Path keyStore, char[] password) {
        try {
            if (Files.exists(keyStore)) {
                return load(keyStore, password);
            }
            return create(keyStore, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the message body key store " + keyStore + ": "
                    + e.getMessage() + " (is the password right? it is the pki.password setting)", e);
        }
    }

    private static SecretKey load(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        KeyStore.Entry entry = store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
        if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
            throw new GeneralSecurityException("the key store has no secret key named " + ALIAS);
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
        Path temp = Files.createTempFile(parent, "body-key", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, keyStore, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}
