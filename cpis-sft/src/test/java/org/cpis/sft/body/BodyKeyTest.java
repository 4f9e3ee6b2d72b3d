package org.cpis.sft.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyKeyTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path folder;

    @Test
    void theFirstUseCreatesAnAes256KeyAndLaterUsesReloadTheSameKey() throws IOException {
        Path store = folder.resolve("keys/message-bodies.p12");

        SecretKey created = BodyKey.loadOrCreate(store, PASSWORD);
        byte[] fileAfterCreate = Files.readAllBytes(store);
        SecretKey reloaded = BodyKey.loadOrCreate(store, PASSWORD);

        assertThat(created.getAlgorithm()).isEqualTo("AES");
        assertThat(created.getEncoded()).hasSize(32);
        assertThat(reloaded.getEncoded()).isEqualTo(created.getEncoded());
        assertThat(Files.readAllBytes(store)).as("an existing key store is never rewritten").isEqualTo(fileAfterCreate);
        try (var files = Files.list(store.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(store);
        }
    }

    @Test
    void aBodyWrittenWithTheCreatedKeyIsReadWithTheReloadedKey() throws IOException {
        Path store = folder.resolve("message-bodies.p12");
        new EncryptedMessageBodies(folder.resolve("bodies"), BodyKey.loadOrCreate(store, PASSWORD))
                .write("20260301101500123_3A9F1C", new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));

        MessageBodies afterRestart = new EncryptedMessageBodies(folder.resolve("bodies"),
                BodyKey.loadOrCreate(store, PASSWORD));

        try (InputStream in = afterRestart.open("20260301101500123_3A9F1C")) {
            assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("body");
        }
    }

    @Test
    void twoStoresMadeInTwoFoldersHoldDifferentKeys() {
        SecretKey one = BodyKey.loadOrCreate(folder.resolve("a.p12"), PASSWORD);
        SecretKey two = BodyKey.loadOrCreate(folder.resolve("b.p12"), PASSWORD);

        assertThat(one.getEncoded()).isNotEqualTo(two.getEncoded());
    }

    @Test
    void aWrongPasswordFailsWithACodeAndSaysWhichSettingToFix() {
        Path store = folder.resolve("message-bodies.p12");
        BodyKey.loadOrCreate(store, PASSWORD);

        assertThatThrownBy(() -> BodyKey.loadOrCreate(store, "wrong password".toCharArray()))
                .isInstanceOfSatisfying(BodyKeyException.class,
                        e -> assertThat(e.problem()).isEqualTo(BodyKeyException.Problem.WRONG_PASSWORD))
                .hasMessageStartingWith("CPIS-F050 the message body key store " + store)
                .hasMessageContaining("cannot be opened with this password")
                .hasMessageContaining("pki.password")
                .hasMessageNotContaining("wrong password")
                .hasMessageNotContaining(new String(PASSWORD));
    }

    @Test
    void aDamagedStoreIsSaidToBeDamaged() throws IOException {
        Path store = folder.resolve("message-bodies.p12");
        Files.writeString(store, "this is not a PKCS#12 file");

        assertThatThrownBy(() -> BodyKey.loadOrCreate(store, PASSWORD))
                .isInstanceOfSatisfying(BodyKeyException.class,
                        e -> assertThat(e.problem()).isEqualTo(BodyKeyException.Problem.NOT_A_BODY_KEY_STORE))
                .hasMessageStartingWith("CPIS-F051")
                .hasMessageContaining("restore the file from the backup");
        assertThat(Files.readString(store)).as("a damaged store is left as it is").isEqualTo("this is not a PKCS#12 file");
    }

    @Test
    void aKeyStoreWithoutTheBodyKeyIsNotTakenForOne() throws Exception {
        Path store = folder.resolve("other.p12");
        KeyStore other = KeyStore.getInstance("PKCS12");
        other.load(null, PASSWORD);
        try (OutputStream out = Files.newOutputStream(store)) {
            other.store(out, PASSWORD);
        }

        assertThatThrownBy(() -> BodyKey.loadOrCreate(store, PASSWORD))
                .isInstanceOfSatisfying(BodyKeyException.class,
                        e -> assertThat(e.problem()).isEqualTo(BodyKeyException.Problem.NOT_A_BODY_KEY_STORE))
                .hasMessageContaining("no secret key named " + BodyKey.ALIAS);
    }

    @Test
    @DisplayName("CP-IS064 the key store is readable by the service's account only")
    void theKeyStoreIsOwnerOnly() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path store = folder.resolve("message-bodies.p12");

        BodyKey.loadOrCreate(store, PASSWORD);

        assertThat(Files.getPosixFilePermissions(store))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
}
