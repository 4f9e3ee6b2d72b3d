package org.cpis.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.entry;
import static org.cpis.core.testing.Fixtures.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");
    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock clock = MutableClock.at("2026-03-02T00:05:00Z");
    private final NotificationService notifications = new NotificationService(store, Fixtures.emptyDirectory(), clock,
            new SequentialIds());
    private int ids;

    private void hold(LocalAuthorityEntry e) {
        store.inTransaction(s -> s.records().replace(e));
    }

    private AccessEvent access(String nhs, String at, QueryAuthor who) {
        AccessEvent e = new AccessEvent(Fixtures.id(++ids), NhsNumber.of(nhs), Instant.parse(at), Instant.parse(at), who);
        store.inTransaction(s -> {
            s.accessLog().record(e);
            return null;
        });
        return e;
    }

    private static AccessToServiceNotification forLa(List<AccessToServiceNotification> all, String code) {
        return all.stream().filter(n -> n.recipient().code().value().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("CP-IS022 CP-IS025 CP-IS037 CP-IS070: one notification per LA for yesterday, with who, where and when per child")
    void dailyNotification() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(entry(NHS_B, LA_X, "2016-05-20", Fixtures.cpp("2025-01-01")));
        AccessEvent a1 = access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        AccessEvent a2 = access(NHS_A, "2026-03-01T11:00:00Z", Fixtures.nurse("2"));
        access(NHS_B, "2026-02-28T11:00:00Z", Fixtures.nurse("3")); // before the window
        List<AccessToServiceNotification> all = notifications.accessToService(DAY, List.of());
        assertThat(all).hasSize(1);
        AccessToServiceNotification n = all.get(0);
        assertThat(n.recipient().code().value()).isEqualTo("X09");
        assertThat(n.windowStart()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(n.windowEnd()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(n.children()).hasSize(1);
        ChildAccesses child = n.children().get(0);
        assertThat(child.nhsNumber().value()).isEqualTo(NHS_A);
        assertThat(child.localChildId()).isEqualTo("LOCAL-" + NHS_A);
        assertThat(child.uploadFileId()).isEqualTo("1");
        assertThat(child.accesses()).containsExactly(a2, a1);
        assertThat(n.totalAccessRecords()).isEqualTo(2);
        assertThat(n.id()).isEqualTo(new java.util.UUID(0, 1));
        assertThat(n.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    @DisplayName("CP-IS025: an LA whose children nobody accessed still gets an (empty) notification")
    void emptyNotification() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        List<AccessToServiceNotification> all = notifications.accessToService(DAY,
                List.of(new Organisation(OdsCode.of("Z01"), "Registered LA with no children")));
        assertThat(all).extracting(n -> n.recipient().code().value()).containsExactly("X09", "Z01");
        assertThat(all).allMatch(AccessToServiceNotification::isEmpty);
        assertThat(all.get(0).totalAccessRecords()).isZero();
    }

    @Test
    @DisplayName("CP-IS023: every LA holding a visible plan for the child hears of the access")
    void everyHoldingLa() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", plan(PlanType.LAC, "2025-01-01", null, null)));
        access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        List<AccessToServiceNotification> all = notifications.accessToService(DAY, List.of());
        assertThat(forLa(all, "X09").children()).hasSize(1);
        assertThat(forLa(all, "Y05").children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS009 CP-IS029: an LA whose plan was deleted is no longer told; another LA with a live plan still is")
    void deletedPlanNoLongerNotified() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2025-01-01", null, "2026-02-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", plan(PlanType.LAC, "2025-01-01", null, null)));
        access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        List<AccessToServiceNotification> all = notifications.accessToService(DAY, List.of());
        assertThat(all).extracting(n -> n.recipient().code().value()).containsExactly("Y05");
        assertThat(all.get(0).children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS029 CP-IS010: notifications continue while a plan is within end date + 365 days")
    void endedPlanStillNotified() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2024-01-01", "2025-03-02", null)));
        access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        assertThat(notifications.accessToService(DAY, List.of()).get(0).children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS047 CP-IS025: only the first access per worker per 24 hours is notified")
    void condensed() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        access(NHS_A, "2026-02-28T23:00:00Z", Fixtures.nurse("1")); // notified the day before
        access(NHS_A, "2026-03-01T01:00:00Z", Fixtures.nurse("1")); // within 24 h of it: not again
        AccessEvent later = access(NHS_A, "2026-03-01T23:30:00Z", Fixtures.nurse("1")); // 24h30 after the shown one
        AccessToServiceNotification n = notifications.accessToService(DAY, List.of()).get(0);
        assertThat(n.children().get(0).accesses()).containsExactly(later);
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: the day the clocks go forward (29 March 2026) is 23 hours; every access is notified exactly once across the days around it")
    void clocksGoForward() {
        everyAccessOnceAcross(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-31"));
        AccessToServiceNotification n = notifications.accessToService(LocalDate.parse("2026-03-29"), List.of()).get(0);
        assertThat(n.windowStart()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(n.windowEnd()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: the day the clocks go back (25 October 2026) is 25 hours; every access is notified exactly once across the days around it")
    void clocksGoBack() {
        everyAccessOnceAcross(LocalDate.parse("2026-10-23"), LocalDate.parse("2026-10-27"));
        AccessToServiceNotification n = notifications.accessToService(LocalDate.parse("2026-10-25"), List.of()).get(0);
        assertThat(n.windowStart()).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(n.windowEnd()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

    /**
     * An access every 20 minutes, each by another worker (so the condenser hides none), from the first day's
     * local midnight up to the last day's end; then one notification per day: every access is in exactly one,
     * and it is the one of the England day it happened on.
     */
    private void everyAccessOnceAcross(LocalDate first, LocalDate last) {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        Instant from = first.atStartOfDay(ServiceCalendar.ZONE).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant();
        Map<AccessEvent, LocalDate> made = new HashMap<>();
        int worker = 0;
        for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofMinutes(20))) {
            made.put(access(NHS_A, at.toString(), Fixtures.nurse("W" + ++worker)), ServiceCalendar.dateOf(at));
        }
        Map<AccessEvent, List<LocalDate>> notified = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            AccessToServiceNotification n = notifications.accessToService(day, List.of()).get(0);
            assertThat(n.windowStart()).isEqualTo(day.atStartOfDay(ServiceCalendar.ZONE).toInstant());
            assertThat(n.windowEnd()).isEqualTo(day.plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant());
            for (AccessEvent e : n.children().get(0).accesses()) {
                notified.computeIfAbsent(e, k -> new ArrayList<>()).add(day);
            }
        }
        assertThat(notified.keySet()).as("every access notified").containsExactlyInAnyOrderElementsOf(made.keySet());
        made.forEach((access, day) -> assertThat(notified.get(access))
                .as("the days notifying the access at %s", access.accessedAt()).containsExactly(day));
    }

    @Test
    @DisplayName("CP-IS012 CP-IS023: an inactive NHS number is notified to every LA holding it, with the new number")
    void inactive() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(entry(NHS_B, LA_X, "2016-05-20", Fixtures.cpp("2025-01-01")));
        List<InactiveNhsNumberNotification> all = notifications.inactiveNhsNumbers(List.of(
                new InactiveNumber(NhsNumber.of(NHS_A), NhsNumber.of(NHS_C)),
                new InactiveNumber(NhsNumber.of(NHS_B), null),
                new InactiveNumber(NhsNumber.of("9990000050"), null)));
        assertThat(all).extracting(n -> n.recipient().code().value()).containsExactly("X09", "Y05");
        InactiveNhsNumberNotification x = all.get(0);
        assertThat(x.subjects()).hasSize(2);
        assertThat(x.subjects().get(0).replacementIfKnown()).contains(NhsNumber.of(NHS_C));
        assertThat(x.subjects().get(0).localChildId()).isEqualTo("LOCAL-" + NHS_A);
        assertThat(x.subjects().get(1).replacementIfKnown()).isEmpty();
        assertThat(all.get(1).subjects()).extracting(s -> s.inactiveNhsNumber().value()).containsExactly(NHS_A);
    }

    @Test
    @DisplayName("CP-IS008: recipient names come from the organisation directory when known")
    void directoryNames() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        NotificationService named = new NotificationService(store, Fixtures.directory(Map.of("X09", "ODS NAME")), clock,
                new SequentialIds());
        assertThat(named.accessToService(DAY, List.of()).get(0).recipient().name()).isEqualTo("ODS NAME");
    }
}
