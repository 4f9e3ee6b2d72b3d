package org.cpis.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashesTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void hashesAreSha256InLowerCaseHex() {
        assertThat(AuditHashes.ofDetail("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theRowHashIsThePreviousHashTheSequenceAndTheContentHashConcatenated() {
        String content = AuditHashes.ofDetail("content");
        assertThat(AuditHashes.ofRow(AuditHashes.GENESIS, 1, content))
                .isEqualTo(AuditHashes.ofDetail(AuditHashes.GENESIS + "1" + content));
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnother() {
        String detail = AuditHashes.ofDetail("d");
        assertThat(AuditHashes.ofContent(AT, "RECORD_STORED", "la:X09", "X09", null, detail))
                .isNotEqualTo(AuditHashes.ofContent(AT, "RECORD_STORED", "la:X0", "9X09", null, detail))
                .isNotEqualTo(AuditHashes.ofContent(AT, "RECORD_STORED", "la:X09", null, "X09", detail));
    }

    @Test
    void anAbsentValueDiffersFromAnEmptyOne() {
        String detail = AuditHashes.ofDetail("d");
        assertThat(AuditHashes.ofContent(AT, "A", "b", null, null, detail))
                .isNotEqualTo(AuditHashes.ofContent(AT, "A", "b", "", null, detail));
    }
}
