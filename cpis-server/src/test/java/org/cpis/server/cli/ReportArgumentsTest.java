package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.model.NhsNumber;
import org.cpis.server.report.ReportFormat;
import org.junit.jupiter.api.Test;

class ReportArgumentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void nhsNumberWithOrWithoutSpaces() {
        assertThat(ReportArguments.nhsNumber("--nhs", "999 000 0018")).isEqualTo(NhsNumber.of("9990000018"));
    }

    @Test
    void badNhsNumberNamesTheOptionTheValueAndTheRuleWithItsCode() {
        assertThatThrownBy(() -> ReportArguments.nhsNumber("--nhs", "123"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("--nhs '123': NHS number must be exactly 10 digits (new style) (CPIS-V002)");
        assertThatThrownBy(() -> ReportArguments.nhsNumber("NHS-NUMBER", "9990000019"))
                .hasMessage("NHS-NUMBER '9990000019': NHS number fails the Modulus 11 check digit (CPIS-V003)");
    }

    @Test
    void badOdsCode() {
        assertThatThrownBy(() -> ReportArguments.odsCode("--org", "x-09"))
                .hasMessage("--org 'x-09': ODS code must be 3 to 9 upper-case letters or digits, e.g. RX1 (CPIS-V004)");
    }

    @Test
    void badDateSaysTheFormToUse() {
        assertThatThrownBy(() -> ReportArguments.date("--from", "31/01/2026"))
                .hasMessage("--from '31/01/2026': not a date; use YYYY-MM-DD, e.g. 2026-01-31");
        assertThatThrownBy(() -> ReportArguments.date("--to", "2026-02-30"))
                .hasMessageStartingWith("--to '2026-02-30': not a date");
    }

    @Test
    void countsPeriodDefaultsToTheLastThirtyDaysTodayIncluded() {
        assertThat(ReportArguments.period("--from", null, "--to", null, TODAY))
                .isEqualTo(new ReportArguments.Period(LocalDate.of(2026, 2, 14), TODAY));
        assertThat(ReportArguments.period("--from", null, "--to", "2026-01-31", TODAY))
                .isEqualTo(new ReportArguments.Period(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 31)));
        assertThat(ReportArguments.period("--from", "2026-03-01", "--to", null, TODAY))
                .isEqualTo(new ReportArguments.Period(LocalDate.of(2026, 3, 1), TODAY));
        assertThat(ReportArguments.period("--from", "2026-03-01", "--to", "2026-03-01", TODAY).from())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void fromAfterToSaysWhichIsWhich() {
        assertThatThrownBy(() -> ReportArguments.period("--from", "2026-02-01", "--to", "2026-01-01", TODAY))
                .hasMessage("--from 2026-02-01 is after --to 2026-01-01; give a --from on or before the --to");
        assertThatThrownBy(() -> ReportArguments.period("--from", "2026-04-01", "--to", null, TODAY))
                .hasMessage("--from 2026-04-01 is after --to 2026-03-15 (today, when not given);"
                        + " give a --from on or before the --to");
        assertThatThrownBy(() -> ReportArguments.optionalPeriod("--from", "2026-02-01", "--to", "2026-01-01"))
                .hasMessageStartingWith("--from 2026-02-01 is after --to 2026-01-01");
    }

    @Test
    void periodDaysAreWholeDaysOnEnglandsClock() {
        ReportArguments.Period summer = ReportArguments.optionalPeriod("--from", "2026-07-01", "--to", "2026-07-01");

        assertThat(summer.start()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(summer.end()).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
        ReportArguments.Period open = ReportArguments.optionalPeriod("--from", null, "--to", null);
        assertThat(open.start()).isNull();
        assertThat(open.end()).isNull();
    }

    @Test
    void momentAsInstantOffsetLocalTimeOrDate() {
        assertThat(ReportArguments.moment("--at", "2026-07-01T10:00:00Z")).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(ReportArguments.moment("--at", "2026-07-01T10:00:00+01:00")).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(ReportArguments.moment("--at", "2026-07-01T10:00")).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(ReportArguments.moment("--at", "2026-01-31T10:00")).isEqualTo(Instant.parse("2026-01-31T10:00:00Z"));
        // a date: the end of that day in England, to the microsecond
        assertThat(ReportArguments.moment("--at", "2026-07-01")).isEqualTo(Instant.parse("2026-07-01T22:59:59.999999Z"));
    }

    @Test
    void badMomentSaysTheFormsToUse() {
        assertThatThrownBy(() -> ReportArguments.moment("--at", "yesterday"))
                .hasMessageStartingWith("--at 'yesterday': not a moment; use an instant such as 2026-01-31T14:30:00Z");
        assertThatThrownBy(() -> ReportArguments.moment("--at", "2026-07-01T25:00"))
                .hasMessageStartingWith("--at '2026-07-01T25:00': not a moment");
    }

    @Test
    void actionsInAnyCaseRepeatedOrNone() {
        assertThat(ReportArguments.actions("--action", List.of("record_accessed", "Query-Not-Found")))
                .containsExactlyInAnyOrder(AuditAction.RECORD_ACCESSED, AuditAction.QUERY_NOT_FOUND);
        assertThat(ReportArguments.actions("--action", null)).isEqualTo(EnumSet.noneOf(AuditAction.class));
        assertThatThrownBy(() -> ReportArguments.actions("--action", List.of("VIEWED")))
                .hasMessageStartingWith("--action 'VIEWED': not an audit action; use one or more of RECORD_STORED, ");
    }

    @Test
    void limitIsPositive() {
        assertThat(ReportArguments.positive("--limit", "25")).isEqualTo(25);
        assertThatThrownBy(() -> ReportArguments.positive("--limit", "0"))
                .hasMessage("--limit '0': not a positive whole number; use 1 or more, e.g. 500");
        assertThatThrownBy(() -> ReportArguments.positive("--limit", "lots")).hasMessageStartingWith("--limit 'lots'");
    }

    @Test
    void formatAmongThoseTheReportHas() {
        assertThat(ReportArguments.format("--format", "JSON", ReportFormat.TEXT, ReportFormat.JSON)).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportArguments.format("--format", "csv", ReportFormat.TEXT, ReportFormat.JSON))
                .hasMessage("--format 'csv': use text or json");
        assertThatThrownBy(() -> ReportArguments.format("--format", "xml", ReportFormat.values()))
                .hasMessage("--format 'xml': use text, csv or json");
    }
}
