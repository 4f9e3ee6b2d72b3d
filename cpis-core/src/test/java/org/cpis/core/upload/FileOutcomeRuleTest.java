package org.cpis.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cpis.core.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileOutcomeRuleTest {

    private final FileOutcomeRule rule = new FileOutcomeRule();
    private final UploadRecord r = Fixtures.child(1, Fixtures.NHS_A, "L", "A", "B", "2015-01-01", Fixtures.cpp("2025-01-01"));
    private final RecordResult ok = RecordResult.success(r);
    private final RecordResult bad = RecordResult.failure(r, RecordDetail.PDS_NOT_FOUND);

    @Test
    @DisplayName("CP-IS018: every record loaded -> CPF02; some -> CPF03; none -> CPF04")
    void outcomes() {
        assertThat(rule.outcomeOf(List.of(ok, ok))).isEqualTo(FileOutcome.CPF02);
        assertThat(rule.outcomeOf(List.of(ok, bad))).isEqualTo(FileOutcome.CPF03);
        assertThat(rule.outcomeOf(List.of(bad, bad))).isEqualTo(FileOutcome.CPF04);
        assertThatThrownBy(() -> rule.outcomeOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CP-IS018: the same rule from the counts alone (a large file's results stay on disk)")
    void outcomesFromCounts() {
        assertThat(rule.outcomeOf(100_000, 100_000)).isEqualTo(FileOutcome.CPF02);
        assertThat(rule.outcomeOf(1, 100_000)).isEqualTo(FileOutcome.CPF03);
        assertThat(rule.outcomeOf(0, 3)).isEqualTo(FileOutcome.CPF04);
        assertThatThrownBy(() -> rule.outcomeOf(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule.outcomeOf(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CP-IS017: vocabulary display names are the published ones")
    void displayNames() {
        assertThat(FileOutcome.CPF05.displayName()).isEqualTo("PDS Error - PDS Unavailable");
        assertThat(FileOutcome.CPF06.displayName()).doesNotEndWith(".");
        assertThat(RecordOutcome.CPR07.displayName()).isEqualTo("Unsuccessful Record Upload");
    }
}
