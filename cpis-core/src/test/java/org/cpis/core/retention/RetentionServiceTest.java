package org.cpis.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.entry;
import static org.cpis.core.testing.Fixtures.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final FakeDemographics pds = new FakeDemographics();
    private final MutableClock clock = MutableClock.at("2026-06-15T12:00:00Z");
    private final RetentionService retention = new RetentionService(store, pds, clock);

    private void hold(LocalAuthorityEntry e) {
        store.inTransaction(s -> {
            s.records().replace(e);
            s.auditTrail().registerSubject(e.nhsNumber(), e.birthDate());
            s.auditTrail().append(new AuditEvent(Instant.parse("2020-01-01T00:00:00Z"), AuditAction.RECORD_STORED, "la:X09",
                    e.localAuthorityCode(), e.nhsNumber(), org.cpis.core.audit.EntrySnapshot.format(e)));
            return null;
        });
    }

    private ChildRecord record(String nhs) {
        return store.inTransaction(s -> s.records().find(NhsNumber.of(nhs)));
    }

    @Test
    @DisplayName("CP-IS030: on the 18th birthday open CPP and LAC are end-dated at it; ended plans and UCPPs untouched")
    void autoEndDate() {
        hold(entry(NHS_A, LA_X, "2008-06-15", Fixtures.cpp("2020-01-01"), plan(PlanType.LAC, "2020-01-01", "2025-01-01", null)));
        hold(entry(NHS_B, LA_X, "2008-06-16", Fixtures.cpp("2020-01-01")));
        RetentionSweepResult result = retention.sweep();
        assertThat(result.autoEndDated()).isEqualTo(1);
        LocalAuthorityEntry a = record(NHS_A).entries().get(0);
        assertThat(a.plan(PlanType.CPP).get().endDate()).contains(LocalDate.parse("2026-06-15"));
        assertThat(a.plan(PlanType.LAC).get().endDate()).contains(LocalDate.parse("2025-01-01"));
        assertThat(record(NHS_B).entries().get(0).plan(PlanType.CPP).get().end()).as("a day before 18").isNull();
        assertThat(store.auditEvents()).extracting(AuditEvent::action).contains(AuditAction.RECORD_AUTO_END_DATED);
        assertThat(retention.sweep().autoEndDated()).as("idempotent").isZero();
    }

    @Test
    @DisplayName("CP-IS009 CP-IS010 CP-IS039: entries with no visible plan are purged, then their access events")
    void purge() {
        hold(entry(NHS_A, LA_X, "2015-01-01", plan(PlanType.CPP, "2020-01-01", "2025-06-14", null)));
        hold(entry(NHS_A, LA_Y, "2015-01-01", plan(PlanType.CPP, "2020-01-01", "2025-06-15", null)));
        AccessEvent access = new AccessEvent(Fixtures.id(1), NhsNumber.of(NHS_A), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), Fixtures.nurse("1"));
        store.inTransaction(s -> {
            s.accessLog().record(access);
            return null;
        });
        RetentionSweepResult first = retention.sweep();
        assertThat(first.purgedEntries()).isEqualTo(1);
        assertThat(first.purgedAccessEvents()).as("CP-IS039 kept while any plan remains").isZero();
        assertThat(record(NHS_A).entries()).extracting(e -> e.localAuthorityCode().value()).containsExactly("Y05");
        clock.set(Instant.parse("2026-06-16T12:00:00Z"));
        RetentionSweepResult second = retention.sweep();
        assertThat(second.purgedEntries()).isEqualTo(1);
        assertThat(second.purgedAccessEvents()).isEqualTo(1);
        assertThat(record(NHS_A).isEmpty()).isTrue();
        assertThat(store.auditEvents()).extracting(AuditEvent::action).contains(AuditAction.RECORD_PURGED);
    }

    @Test
    @DisplayName("CP-IS076: audit rows are redacted on the 26th birthday once the record is gone, not the day before")
    void auditRedactedAt26() {
        hold(entry(NHS_A, LA_X, "2000-06-16", plan(PlanType.CPP, "2010-01-01", "2015-01-01", null)));
        pds.person(NHS_A, LocalDate.parse("2000-06-16"), "Amy", "Adams");
        clock.set(Instant.parse("2026-06-15T12:00:00Z"));
        RetentionSweepResult before = retention.sweep();
        assertThat(before.purgedEntries()).isEqualTo(1);
        assertThat(before.redactedSubjects()).isZero();
        clock.set(Instant.parse("2026-06-16T12:00:00Z"));
        assertThat(retention.sweep().redactedSubjects()).isEqualTo(1);
        List<org.cpis.core.audit.AuditEntry> rows =
                store.inTransaction(s -> s.auditTrail().find(AuditQuery.forSubject(NhsNumber.of(NHS_A))));
        assertThat(rows).isNotEmpty().allMatch(a -> a.redacted() && a.event().detail().isEmpty());
    }

    @Test
    @DisplayName("CP-IS076: a child who died is kept 8 years after death; unknown while PDS is down")
    void deathRule() {
        hold(entry(NHS_B, LA_X, "2010-01-01", plan(PlanType.CPP, "2010-06-01", "2012-01-01", null)));
        pds.add(new DemographicsRecord(NhsNumber.of(NHS_B), LocalDate.parse("2010-01-01"),
                List.of(new PersonName("Ben", "Brown")), false, false, null, LocalDate.parse("2018-06-16")));
        clock.set(Instant.parse("2026-06-15T12:00:00Z"));
        assertThat(retention.sweep().redactedSubjects()).isZero();
        clock.set(Instant.parse("2026-06-16T12:00:00Z"));
        pds.setAvailable(false);
        assertThat(retention.sweep().redactedSubjects()).isZero();
        pds.setAvailable(true);
        assertThat(retention.sweep().redactedSubjects()).isEqualTo(1);
    }

    @Test
    @DisplayName("CP-IS076: a child past 26 whose death PDS cannot confirm is kept and counted undecided")
    void undecidedWithoutPds() {
        hold(entry(NHS_A, LA_X, "1990-01-01", plan(PlanType.CPP, "2000-01-01", "2001-01-01", null)));
        pds.setAvailable(false);
        RetentionSweepResult r = retention.sweep();
        assertThat(r.redactedSubjects()).isZero();
        assertThat(r.retentionUndecided()).isEqualTo(1);
    }
}
