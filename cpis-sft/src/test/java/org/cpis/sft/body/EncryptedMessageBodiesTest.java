package org.cpis.sft.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptedMessageBodiesTest {

    private static final String ID = "20260301101500123_3A9F1C";

    @TempDir
    Path root;

    static SecretKey key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }

    private EncryptedMessageBodies bodies(Path at) {
        return new EncryptedMessageBodies(at, key(7));
    }

    private Path cmsFile(String id) {
        return root.resolve(id.substring(0, 8)).resolve(id + ".cms");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aSmallBodyComesBackAsItWasWritten() throws IOException {
        MessageBodies bodies = bodies(root);
        byte[] body = "<LAUpload>one small upload</LAUpload>".getBytes(StandardCharsets.UTF_8);

        MessageBodies.StoredBody stored = bodies.write(ID, new ByteArrayInputStream(body));

        assertThat(stored.sizeBytes()).isEqualTo(body.length);
        assertThat(stored.sha256()).isEqualTo(GeneratedBody.sha256(new ByteArrayInputStream(body)));
        assertThat(bodies.exists(ID)).isTrue();
        assertThat(readAll(bodies.open(ID))).isEqualTo(body);
    }

    @Test
    void anEmptyBodyIsStoredAsEmpty() throws IOException {
        MessageBodies bodies = bodies(root);

        MessageBodies.StoredBody stored = bodies.write(ID, InputStream.nullInputStream());

        assertThat(stored.sizeBytes()).isZero();
        assertThat(readAll(bodies.open(ID))).isEmpty();
    }

    @Test
    @DisplayName("a 48 MB body is written and read back as streams, byte for byte")
    void aLargeBodyIsStreamedBothWays() throws IOException {
        MessageBodies bodies = bodies(root);
        long length = 48L * 1024 * 1024 + 17;
        String expected = GeneratedBody.sha256(GeneratedBody.of(42, length));

        MessageBodies.StoredBody stored = bodies.write(ID, GeneratedBody.of(42, length));

        assertThat(stored.sizeBytes()).isEqualTo(length);
        assertThat(stored.sha256()).isEqualTo(expected);
        try (InputStream in = bodies.open(ID)) {
            assertThat(GeneratedBody.sha256(in)).isEqualTo(expected);
        }
        // CMS framing and CBC padding add a little, in large chunks
        assertThat(Files.size(cmsFile(ID))).isBetween(length, length + length / 1000 + 4096);
    }

    @Test
    @DisplayName("CP-IS064 the body on disk is CMS ciphertext: neither its text nor its NHS number can be read there")
    void theFileOnDiskIsNotPlainText() throws IOException {
        MessageBodies bodies = bodies(root);
        String text = "<subject><id extension=\"9990000018\"/><family>Exampleton</family></subject>\n".repeat(500);

        bodies.write(ID, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        List<Path> files = filesUnderRoot();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(ID + ".cms", ID + ".sha256");
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(content).doesNotContain("9990000018").doesNotContain("Exampleton").doesNotContain("subject");
        }
        byte[] cms = Files.readAllBytes(cmsFile(ID));
        assertThat(cms[0]).as("an ASN.1 SEQUENCE (CMS ContentInfo)").isEqualTo((byte) 0x30);
        // the whole text repeats 500 times; ciphertext (CBC) does not repeat
        assertThat(new String(cms, StandardCharsets.ISO_8859_1).indexOf(
                new String(Arrays.copyOfRange(cms, cms.length / 2, cms.length / 2 + 32), StandardCharsets.ISO_8859_1)))
                .isEqualTo(cms.length / 2);
    }

    // from the key and IV near the start to the last block of the encrypted content (the last 8 bytes of the file
    // are ASN.1 end-of-contents marks that frame the content and carry none of it)
    @ParameterizedTest(name = "a byte changed at {0}% of the file")
    @ValueSource(ints = {1, 5, 25, 50, 75, 99})
    void aTamperedFileFailsWhenRead(int percent) throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, GeneratedBody.of(3, 200_000));
        byte[] cms = Files.readAllBytes(cmsFile(ID));
        int at = (int) ((long) cms.length * percent / 100);
        cms[at] ^= 0x5a;
        Files.write(cmsFile(ID), cms);

        assertThatThrownBy(() -> readAll(bodies.open(ID))).isInstanceOf(IOException.class)
                .hasMessageContaining(ID);
    }

    @Test
    void aTruncatedFileFailsWhenRead() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, GeneratedBody.of(3, 200_000));
        byte[] cms = Files.readAllBytes(cmsFile(ID));
        Files.write(cmsFile(ID), Arrays.copyOf(cms, cms.length / 2));

        assertThatThrownBy(() -> readAll(bodies.open(ID))).isInstanceOf(IOException.class);
    }

    @Test
    void aChangedChecksumFileFailsWhenRead() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));
        Path checksum = cmsFile(ID).resolveSibling(ID + ".sha256");
        Files.writeString(checksum, "0".repeat(64));

        assertThatThrownBy(() -> readAll(bodies.open(ID))).isInstanceOf(IOException.class)
                .hasMessageContaining("does not match its checksum");
    }

    @Test
    void aLostChecksumFileIsSaidPlainly() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));
        Files.delete(cmsFile(ID).resolveSibling(ID + ".sha256"));

        assertThatThrownBy(() -> bodies.open(ID)).isInstanceOf(IOException.class)
                .hasMessageContaining("lost its checksum file");
    }

    @Test
    void skippingStillChecksTheWholeBody() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, GeneratedBody.of(5, 100_000));

        try (InputStream in = bodies.open(ID)) {
            assertThat(in.skip(60_000)).isEqualTo(60_000);
            assertThat(GeneratedBody.count(in)).isEqualTo(40_000);
        }
    }

    @Test
    @DisplayName("a reader may stop part way (a repeated upload is answered from its header): closing the body does not fail")
    void closingBeforeTheEndIsAllowed() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, GeneratedBody.of(6, 2_000_000));

        InputStream in = bodies.open(ID);
        assertThat(in.readNBytes(1_000)).hasSize(1_000);
        in.close();

        try (InputStream again = bodies.open(ID)) {
            assertThat(GeneratedBody.sha256(again)).isEqualTo(GeneratedBody.sha256(GeneratedBody.of(6, 2_000_000)));
        }
    }

    @Test
    void aBodyEncryptedWithAnotherKeyCannotBeRead() throws IOException {
        bodies(root).write(ID, new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));
        MessageBodies otherKey = new EncryptedMessageBodies(root, key(8));

        assertThatThrownBy(() -> readAll(otherKey.open(ID))).isInstanceOf(IOException.class)
                .hasMessageContaining(ID);
    }

    @Test
    void aCrashMidWriteLeavesNoBodyUnderTheId() throws IOException {
        MessageBodies bodies = bodies(root);

        assertThatThrownBy(() -> bodies.write(ID, GeneratedBody.failingAfter(9, 1_000_000, 300_000)))
                .isInstanceOf(IOException.class).hasMessageContaining("broke after");

        assertThat(bodies.exists(ID)).isFalse();
        assertThatThrownBy(() -> bodies.open(ID)).isInstanceOf(NoSuchFileException.class);
        assertThat(filesUnderRoot()).as("no temporary or checksum file left behind").isEmpty();

        // the sender tries again: the id takes the complete body
        MessageBodies.StoredBody stored = bodies.write(ID, GeneratedBody.of(9, 1_000_000));
        assertThat(stored.sizeBytes()).isEqualTo(1_000_000);
        try (InputStream in = bodies.open(ID)) {
            assertThat(GeneratedBody.sha256(in)).isEqualTo(GeneratedBody.sha256(GeneratedBody.of(9, 1_000_000)));
        }
    }

    @Test
    void aPartLeftByAKilledProcessIsReplacedByTheNextWrite() throws IOException {
        MessageBodies bodies = bodies(root);
        Path part = cmsFile(ID).resolveSibling(ID + ".cms.part");
        Files.createDirectories(part.getParent());
        Files.write(part, new byte[5000]);
        Files.writeString(cmsFile(ID).resolveSibling(ID + ".sha256.part"), "stale");

        assertThat(bodies.exists(ID)).isFalse();
        bodies.write(ID, new ByteArrayInputStream("complete".getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(bodies.open(ID))).asString(StandardCharsets.UTF_8).isEqualTo("complete");
        assertThat(filesUnderRoot()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(ID + ".cms", ID + ".sha256");
    }

    @Test
    void aSecondWriteOfACompleteBodyIsRefusedAndChangesNothing() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> bodies.write(ID, new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a body");

        assertThat(readAll(bodies.open(ID))).asString(StandardCharsets.UTF_8).isEqualTo("first");
    }

    @Test
    void aWriteOfAnIdBeingWrittenIsRefusedAndTheFirstCompletes() throws IOException {
        MessageBodies bodies = bodies(root);
        AtomicReference<Throwable> second = new AtomicReference<>();
        byte[] first = "first body".getBytes(StandardCharsets.UTF_8);
        InputStream firstStream = new ByteArrayInputStream(first) {
            private boolean triedSecond;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (!triedSecond) {
                    triedSecond = true;
                    try {
                        bodies.write(ID, new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)));
                    } catch (IOException | RuntimeException e) {
                        second.set(e);
                    }
                }
                return super.read(b, off, len);
            }
        };

        bodies.write(ID, firstStream);

        assertThat(second.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("being written");
        assertThat(readAll(bodies.open(ID))).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "", "with space"})
    void anIdThatIsNotAMessageIdIsRefused(String id) {
        MessageBodies bodies = bodies(root);

        assertThatThrownBy(() -> bodies.write(id, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a message id");
    }

    @Test
    void deleteRemovesTheBodyAndItsChecksum() throws IOException {
        MessageBodies bodies = bodies(root);
        bodies.write(ID, new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));

        bodies.delete(ID);

        assertThat(bodies.exists(ID)).isFalse();
        assertThat(filesUnderRoot()).isEmpty();
    }
}
