package org.cpis.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeValuesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:30:00Z");
    private static final MailboxId LA = MailboxId.of("X09OT001");
    private static final MailboxId CPIS = MailboxId.of("CPISHUB01");
    private static final String SHA256 = "ab".repeat(32);

    @ParameterizedTest
    @ValueSource(strings = {"X26OT001", "x26ot001", "  X26OT001 ", "A", "LA.MAILBOX_1-2"})
    void mailboxIdsAreTrimmedAndUpperCased(String text) {
        assertThat(MailboxId.isValid(text)).isTrue();
        assertThat(MailboxId.of(text).value()).isEqualTo(text.strip().toUpperCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "X26 OT001", "X26/OT001", "X26:OT001", "ÄBC"})
    void mailboxIdsOutsideTheMeshShapeAreRefusedWithAnExample(String text) {
        assertThat(MailboxId.isValid(text)).isFalse();
        assertThatThrownBy(() -> MailboxId.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a mailbox id").hasMessageContaining("e.g. X26OT001");
    }

    @Test
    void mailboxIdsAreAtMostOneHundredCharacters() {
        assertThat(MailboxId.isValid("A".repeat(100))).isTrue();
        assertThat(MailboxId.isValid("A".repeat(101))).isFalse();
        assertThat(MailboxId.isValid(null)).isFalse();
        assertThatThrownBy(() -> new MailboxId("x26ot001")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MailboxId.of("B").compareTo(MailboxId.of("A"))).isPositive();
    }

    @Test
    @DisplayName("CP-SC014: a mailbox names its LA; its name is trimmed; enabling keeps everything else")
    void mailboxNamesItsLocalAuthority() {
        Mailbox mailbox = new Mailbox(LA, OdsCode.of("X09"), "  Exampleshire County Council ", Door.HTTP, true, T0,
                SHA256);

        assertThat(mailbox.name()).isEqualTo("Exampleshire County Council");
        Mailbox disabled = mailbox.withEnabled(false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled).isEqualTo(new Mailbox(LA, OdsCode.of("X09"), "Exampleshire County Council", Door.HTTP,
                false, T0, SHA256));
        assertThatThrownBy(() -> new Mailbox(LA, OdsCode.of("X09"), " ", Door.HTTP, true, T0, null))
                .hasMessageContaining("names its Local Authority");
        assertThatThrownBy(() -> new Mailbox(LA, OdsCode.of("X09"), null, Door.HTTP, true, T0, null))
                .hasMessageContaining("names its Local Authority");
        assertThatThrownBy(() -> new Mailbox(LA, OdsCode.of("X09"), "LA", null, true, T0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("door");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "short", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeF",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"})
    void aCertificateFingerprintIsSixtyFourLowerCaseHexDigits(String fingerprint) {
        assertThatThrownBy(() -> new Mailbox(LA, OdsCode.of("X09"), "LA", Door.FOLDER, true, T0, fingerprint))
                .hasMessageContaining("64 lower-case hex digits");
    }

    @Test
    void aMessageNamesItsWorkflowAndHasASizeAndAtLeastOneChunk() {
        assertThatThrownBy(() -> message(" ", 0, 1)).hasMessageContaining("workflow id");
        assertThatThrownBy(() -> message(null, 0, 1)).hasMessageContaining("workflow id");
        assertThatThrownBy(() -> message("CPIS_UPLOAD", -1, 1)).hasMessageContaining("size is not negative");
        assertThatThrownBy(() -> message("CPIS_UPLOAD", 0, 0)).hasMessageContaining("at least one chunk");
        assertThat(message("CPIS_UPLOAD", 0, 1).sizeBytes()).isZero();
    }

    @Test
    @DisplayName("CP-IS004: a message moves through states keeping its envelope; its body is set once complete")
    void aMessageKeepsItsEnvelopeThroughItsLife() {
        ExchangeMessage uploading = message("CPIS_UPLOAD", 0, 3);

        ExchangeMessage received = uploading.withBody(2048, SHA256)
                .inState(MessageState.RECEIVED, T0.plusSeconds(5), null);

        assertThat(received.state()).isEqualTo(MessageState.RECEIVED);
        assertThat(received.stateAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(received.createdAt()).isEqualTo(T0);
        assertThat(received.sizeBytes()).isEqualTo(2048);
        assertThat(received.checksum()).isEqualTo(SHA256);
        assertThat(received.chunkCount()).isEqualTo(3);
        assertThat(received.onceKey()).isEqualTo("upload:X09OT001:42");
        assertThatThrownBy(() -> uploading.withBody(-5, SHA256)).hasMessageContaining("size is not negative");
    }

    @Test
    void onlyReceivedAndProcessingMessagesAwaitProcessing() {
        for (MessageState state : MessageState.values()) {
            assertThat(state.awaitsProcessing()).as(state.name())
                    .isEqualTo(state == MessageState.RECEIVED || state == MessageState.PROCESSING);
        }
    }

    @Test
    @DisplayName("CP-IS012: a change of the feed names the inactive number and its kind; the replacement may be unknown")
    void aDemographicsChangeNeedsItsNumberAndKind() {
        NhsNumber old = NhsNumber.of("9990000050");

        assertThat(new DemographicsChange(1, old, null, DemographicsChange.Kind.MERGED, T0).replacement()).isNull();
        assertThatThrownBy(() -> new DemographicsChange(1, null, null, DemographicsChange.Kind.MERGED, T0))
                .hasMessage("inactive");
        assertThatThrownBy(() -> new DemographicsChange(1, old, null, null, T0)).hasMessage("kind");
        assertThatThrownBy(() -> new DemographicsChange(1, old, null, DemographicsChange.Kind.SUPERSEDED, null))
                .hasMessage("recordedAt");
    }

    private static ExchangeMessage message(String workflowId, long size, int chunks) {
        return new ExchangeMessage("20250301093000000_3A9F1C", LA, CPIS, workflowId, "upload-42", null, "upload.xml",
                size, null, chunks, MessageState.UPLOADING, T0, T0, null, "upload:X09OT001:42", null);
    }
}
