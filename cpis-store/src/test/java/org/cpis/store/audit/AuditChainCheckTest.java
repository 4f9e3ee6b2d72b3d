package org.cpis.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void anUnbrokenChainIsIntact() {
        List<AuditRow> rows = chain(5);

        AuditVerification verification = walk(rows, 5, rows.get(4).rowHash());

        assertThat(verification).isEqualTo(AuditVerification.intact(5));
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(walk(List.of(), 0, AuditHashes.GENESIS)).isEqualTo(AuditVerification.intact(0));
    }

    @Test
    void theFirstRowChainsFromSixtyFourZeros() {
        assertThat(chain(1).get(0).previousHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void anEditedDetailIsFoundAtItsRow() {
        List<AuditRow> rows = chain(5);
        AuditRow r = rows.get(2);
        rows.set(2, new AuditRow(r.sequence(), r.at(), r.action(), r.actor(), r.actorOrganisation(), r.subjectNhs(),
                "something else", r.detailHash(), r.contentHash(), r.previousHash(), r.rowHash(), false));

        AuditVerification verification = walk(rows, 5, rows.get(4).rowHash());

        assertThat(verification.firstBrokenAt()).isEqualTo(3);
        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(verification.problem()).isEqualTo("row 3: its detail was changed after it was written");
    }

    @Test
    void anEditedTimeIsFoundAtItsRow() {
        List<AuditRow> rows = chain(3);
        AuditRow r = rows.get(1);
        rows.set(1, new AuditRow(r.sequence(), r.at().plusSeconds(1), r.action(), r.actor(), r.actorOrganisation(),
                r.subjectNhs(), r.detail(), r.detailHash(), r.contentHash(), r.previousHash(), r.rowHash(), false));

        AuditVerification verification = walk(rows, 3, rows.get(2).rowHash());

        assertThat(verification.firstBrokenAt()).isEqualTo(2);
        assertThat(verification.problem()).contains("time, action, actor, organisation or subject");
    }

    @Test
    void aRecomputedContentHashStillBreaksTheRowHash() {
        List<AuditRow> rows = chain(3);
        AuditRow r = rows.get(1);
        String forgedDetailHash = AuditHashes.ofDetail("forged");
        String forgedContentHash = AuditHashes.ofContent(r.at(), r.action(), r.actor(), r.actorOrganisation(),
                r.subjectNhs(), forgedDetailHash);
        rows.set(1, new AuditRow(r.sequence(), r.at(), r.action(), r.actor(), r.actorOrganisation(), r.subjectNhs(),
                "forged", forgedDetailHash, forgedContentHash, r.previousHash(), r.rowHash(), false));

        AuditVerification verification = walk(rows, 3, rows.get(2).rowHash());

        assertThat(verification.firstBrokenAt()).isEqualTo(2);
        assertThat(verification.problem()).isEqualTo("row 2: its row hash was changed after it was written");
    }

    @Test
    void aMissingRowIsFoundByTheGapInTheSequence() {
        List<AuditRow> rows = chain(5);
        rows.remove(1);

        AuditVerification verification = walk(rows, 5, rows.get(3).rowHash());

        assertThat(verification.firstBrokenAt()).isEqualTo(2);
        assertThat(verification.problem()).isEqualTo("row 2 is missing: the trail goes from row 1 to row 3 (rows were deleted)");
    }

    @Test
    void aRowThatNoLongerLinksToThePreviousOneIsFound() {
        List<AuditRow> rows = chain(3);
        AuditRow r = rows.get(1);
        rows.set(1, new AuditRow(r.sequence(), r.at(), r.action(), r.actor(), r.actorOrganisation(), r.subjectNhs(),
                r.detail(), r.detailHash(), r.contentHash(), "1".repeat(64), r.rowHash(), false));

        AuditVerification verification = walk(rows, 3, rows.get(2).rowHash());

        assertThat(verification.firstBrokenAt()).isEqualTo(2);
        assertThat(verification.problem()).startsWith("row 2 does not link to row 1");
    }

    @Test
    void aRedactedRowStillFollows() {
        List<AuditRow> rows = chain(3);
        AuditRow r = rows.get(1);
        rows.set(1, new AuditRow(r.sequence(), r.at(), r.action(), r.actor(), r.actorOrganisation(), r.subjectNhs(),
                "", r.detailHash(), r.contentHash(), r.previousHash(), r.rowHash(), true));

        assertThat(walk(rows, 3, rows.get(2).rowHash()).isIntact()).isTrue();
    }

    @Test
    void aRowMarkedRedactedThatKeptItsDetailIsFound() {
        List<AuditRow> rows = chain(3);
        AuditRow r = rows.get(1);
        rows.set(1, new AuditRow(r.sequence(), r.at(), r.action(), r.actor(), r.actorOrganisation(), r.subjectNhs(),
                r.detail(), r.detailHash(), r.contentHash(), r.previousHash(), r.rowHash(), true));

        assertThat(walk(rows, 3, rows.get(2).rowHash()).problem()).isEqualTo("row 2 is marked redacted but still has a detail");
    }

    @Test
    void rowsDeletedFromTheEndAreFoundAgainstTheHead() {
        List<AuditRow> rows = chain(5);
        String headHash = rows.get(4).rowHash();

        AuditVerification verification = walk(rows.subList(0, 3), 5, headHash);

        assertThat(verification.firstBrokenAt()).isEqualTo(4);
        assertThat(verification.problem()).contains("ends at row 3 but 5 rows were written");
    }

    @Test
    void aLastRowThatDiffersFromTheHeadIsFound() {
        List<AuditRow> rows = chain(3);

        AuditVerification verification = walk(rows, 3, "2".repeat(64));

        assertThat(verification.firstBrokenAt()).isEqualTo(3);
    }

    private static List<AuditRow> chain(int length) {
        List<AuditRow> rows = new ArrayList<>();
        String previous = AuditHashes.GENESIS;
        for (int n = 1; n <= length; n++) {
            AuditEvent event = new AuditEvent(T0.plusSeconds(n), AuditAction.RECORD_ACCESSED, "sds:" + n,
                    n % 2 == 0 ? null : OdsCode.of("RXX01"), n % 3 == 0 ? null : NhsNumber.of("9990000018"), "query " + n);
            AuditRow row = AuditRow.chained(event, n, previous);
            rows.add(row);
            previous = row.rowHash();
        }
        return rows;
    }

    private static AuditVerification walk(List<AuditRow> rows, long headSequence, String headHash) {
        AuditChainCheck check = new AuditChainCheck();
        for (AuditRow row : rows) {
            if (!check.follows(row)) {
                break;
            }
        }
        return check.result(headSequence, headHash);
    }
}
