package org.cpis.sft.mesh.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeshTokenTest {

    static final String NONCE = "2c001608-5f09-4840-9611-bea43e666a30";

    /**
     * Computed independently when this test was written:
     * {@code printf '%s' 'X09OT001:2c001608-5f09-4840-9611-bea43e666a30:1:s3cret-Pa55:202603011000'
     * | openssl dgst -sha256 -hmac 'TestKey'} (and the same with Python's hmac module).
     */
    static final String OPENSSL_HMAC = "231103741956e3ba9b9b187d4371673f44f21977e21cf3bedf115a17892ab456";

    @Test
    @DisplayName("the HMAC is keyed with the shared secret over mailbox:nonce:count:password:timestamp (openssl vector)")
    void knownVector() {
        MeshToken token = MeshToken.create("X09OT001", "s3cret-Pa55", "TestKey", NONCE, 1,
                Instant.parse("2026-03-01T10:00:42Z"));

        assertThat(token.hash()).isEqualTo(OPENSSL_HMAC);
        assertThat(token.header()).isEqualTo("NHSMESH X09OT001:" + NONCE + ":1:202603011000:" + OPENSSL_HMAC);
    }

    @Test
    void parsesWhatItWrites() {
        MeshToken token = MeshToken.create("X09OT001", "pw", "key", NONCE, 42, Instant.parse("2026-12-31T23:59:00Z"));

        MeshToken read = MeshToken.parse(token.header());

        assertThat(read).isEqualTo(token);
        assertThat(read.instant()).isEqualTo(Instant.parse("2026-12-31T23:59:00Z"));
    }

    @Test
    @DisplayName("the scheme is read in any case; the hash is compared in any case")
    void caseOfSchemeAndHash() {
        String header = "nhsmesh X09OT001:" + NONCE + ":1:202603011000:" + OPENSSL_HMAC.toUpperCase();

        MeshToken token = MeshToken.parse(header);

        assertThat(token.hashMatches(OPENSSL_HMAC)).isTrue();
        assertThat(token.hashMatches(OPENSSL_HMAC.replace('2', '3'))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "NHSMESH",
        "NHSMESHX09OT001:n:1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH  X09OT001:n:1:202603011000:" + OPENSSL_HMAC,
        "Bearer X09OT001:n:1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:1:202603011000",
        "NHSMESH X09OT001:n:1:202603011000:" + OPENSSL_HMAC + ":extra",
        "NHSMESH X09 OT001:n:1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH :n:1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001::1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:one:202603011000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:-1:202603011000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:1:2026030110:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:1:202602301000:" + OPENSSL_HMAC,
        "NHSMESH X09OT001:n:1:202603011000:abc123",
        "NHSMESH X09OT001:n:1:202603011000:231103741956e3ba9b9b187d4371673f44f21977e21cf3bedf115a17892ab45g"})
    @DisplayName("anything but exactly 'NHSMESH ' and five well-formed parts is unreadable")
    void strictParsing(String header) {
        assertThatThrownBy(() -> MeshToken.parse(header)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noHeader() {
        assertThatThrownBy(() -> MeshToken.parse(null)).hasMessageContaining("no Authorization header");
    }

    @Test
    @DisplayName("the password never appears in the header or in toString")
    void passwordStaysOut() {
        MeshToken token = MeshToken.create("X09OT001", "s3cret-Pa55", "TestKey", NONCE, 1,
                Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(token.header()).doesNotContain("s3cret-Pa55").doesNotContain("TestKey");
        assertThat(token.toString()).doesNotContain(token.hash());
    }
}
