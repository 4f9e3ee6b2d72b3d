package org.cpis.sft.body;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Security;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KEKRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKEKEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKEKRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Message bodies as CMS EnvelopedData files (AES-256-CBC content key, wrapped with the service's AES-256 body key),
 * streamed in and out so a large upload never sits in memory. File layout: {@code <root>/<first 8 characters of the
 * id>/<id>.cms}; a body is written to a temporary file and renamed into place, so an id has a complete body or none.
 * The plain body's SHA-256 is kept beside it ({@code <id>.sha256}) and checked when the body is read to its end.
 */
public final class EncryptedMessageBodies implements MessageBodies {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,120}");
    private static final byte[] KEY_ID = BodyKey.ALIAS.getBytes(StandardCharsets.US_ASCII);

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final Path root;
    private final SecretKey key;

    public EncryptedMessageBodies(Path root, SecretKey key) {
        this.root = root;
        this.key = key;
    }

    @Override
    public StoredBody write(String messageId, InputStream body) throws IOException {
        Path target = fileOf(messageId);
        if (Files.exists(target)) {
            throw new IllegalStateException("message " + messageId + " already has a body; bodies are never changed");
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), messageId, ".part");
        MessageDigest sha = sha256();
        long size = 0;
        try {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(new JceKEKRecipientInfoGenerator(KEY_ID, key)
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME));
            try (OutputStream file = Files.newOutputStream(temp);
                 OutputStream encrypted = generator.open(file, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC)
                         .setProvider(BouncyCastleProvider.PROVIDER_NAME).build())) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = body.read(buffer)) > 0) {
                    encrypted.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                    size += n;
                }
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Files.writeString(checksumOf(messageId), hex, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredBody(size, hex);
        } catch (CMSException e) {
            throw new IOException("cannot encrypt the body of message " + messageId + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String messageId) throws IOException {
        Path file = fileOf(messageId);
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "message " + messageId + " has no stored body");
        }
        String expected = Files.readString(checksumOf(messageId), StandardCharsets.US_ASCII).strip();
        InputStream in = Files.newInputStream(file);
        try {
            CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(in);
            RecipientInformation recipient = parser.getRecipientInfos().get(new KEKRecipientId(KEY_ID));
            if (recipient == null) {
                throw new IOException("the body of message " + messageId + " was not encrypted with this service's key");
            }
            InputStream plain = recipient.getContentStream(new JceKEKEnvelopedRecipient(key)
                    .setProvider(BouncyCastleProvider.PROVIDER_NAME)).getContentStream();
            return new CheckedStream(new DigestInputStream(plain, sha256()), expected, messageId, parser);
        } catch (CMSException e) {
            in.close();
            throw new IOException("cannot decrypt the body of message " + messageId + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public boolean exists(String messageId) {
        return Files.exists(fileOf(messageId));
    }

    @Override
    public void delete(String messageId) throws IOException {
        Files.deleteIfExists(fileOf(messageId));
        Files.deleteIfExists(checksumOf(messageId));
    }

    private Path fileOf(String messageId) {
        return folderOf(messageId).resolve(messageId + ".cms");
    }

    private Path checksumOf(String messageId) {
        return folderOf(messageId).resolve(messageId + ".sha256");
    }

    private Path folderOf(String messageId) {
        if (messageId == null || !SAFE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("'" + messageId + "' is not a message id");
        }
        return root.resolve(messageId.substring(0, Math.min(8, messageId.length())));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the plain body's SHA-256 when the reader reaches its end. */
    private static final class CheckedStream extends FilterInputStream {

        private final DigestInputStream digest;
        private final String expected;
        private final String messageId;
        private final CMSEnvelopedDataParser parser;
        private boolean checked;

        CheckedStream(DigestInputStream in, String expected, String messageId, CMSEnvelopedDataParser parser) {
            super(in);
            this.digest = in;
            this.expected = expected;
            this.messageId = messageId;
            this.parser = parser;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        private void check() throws IOException {
            if (!checked) {
                checked = true;
                String actual = HexFormat.of().formatHex(digest.getMessageDigest().digest());
                if (!actual.equals(expected)) {
                    throw new IOException("the stored body of message " + messageId + " does not match its checksum");
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                parser.close();
            }
        }
    }
}
