package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.report.ReportData.render;

import java.time.Instant;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.report.Presence;
import org.cpis.core.retention.RetentionSweepResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PresenceAndSweepTextTest {

    private static final NhsNumber NHS = NhsNumber.of("9990000018");
    private static final Instant AT = Instant.parse("2026-01-31T23:59:59.999999Z");

    @Test
    @DisplayName("CP-IS075: one line, starting with the answer")
    void presence() {
        assertThat(render(new PresenceText(), new PresenceReport(NHS, AT, Presence.PRESENT))).isEqualTo(
                "PRESENT: the record of NHS number 999 000 0018 could be retrieved at 31/01/2026 23:59:59 GMT"
                        + System.lineSeparator());
        assertThat(render(new PresenceText(), new PresenceReport(NHS, AT, Presence.ABSENT)))
                .startsWith("ABSENT: the record of NHS number 999 000 0018 could not be retrieved at 31/01/2026 23:59:59 GMT");
        assertThat(render(new PresenceText(), new PresenceReport(NHS, AT, Presence.UNKNOWN_REDACTED)))
                .startsWith("UNKNOWN_REDACTED: whether the record of NHS number 999 000 0018 could be retrieved")
                .contains("redacted at the end of their retention (CP-IS076)");
    }

    @Test
    void sweepAsATableAndAsOneLogLine() {
        RetentionSweepResult result = new RetentionSweepResult(1, 2, 3, 4, 5);

        assertThat(render(new RetentionSweepText(), result).lines()).containsExactly(
                "Retention sweep                                                             Count",
                "Entries end-dated at the child's 18th birthday (CP-IS030)                       1",
                "Entries removed: no plan can be visible again (CP-IS009-011, 032-033)           2",
                "Access events removed with their child's record (CP-IS039)                      3",
                "Subjects whose audit entries were redacted (CP-IS076)                           4",
                "Subjects kept: PDS could not say whether they died (tried again next time)      5");
        assertThat(RetentionSweepText.summary(result)).isEqualTo("1 entries end-dated at 18, 2 entries removed,"
                + " 3 access events removed, 4 subjects' audit entries redacted, 5 subjects undecided (PDS unavailable)");
    }
}
