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
import java.util.List;
import java.util.Map;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    private static final Instant WINDOW_END = Instant.parse("2026-03-02T00:00:00Z");
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
    @DisplayName("CP-IS022 CP-IS025 CP-IS037 CP-IS070: one notification per LA for the last 24 h, with who, where and when per child")
    void dailyNotification() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(entry(NHS_B, LA_X, "2016-05-20", Fixtures.cpp("2025-01-01")));
        AccessEvent a1 = access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        AccessEvent a2 = access(NHS_A, "2026-03-01T11:00:00Z", Fixtures.nurse("2"));
        access(NHS_B, "2026-02-28T11:00:00Z", Fixtures.nurse("3")); // before the window
        List<AccessToServiceNotification> all = notifications.accessToService(WINDOW_END, List.of());
        assertThat(all).hasSize(1);
        AccessToServiceNotification n = all.get(0);
        assertThat(n.recipient().code().value()).isEqualTo("X09");
        assertThat(n.windowStart()).isEqualTo(WINDOW_END.minus(Duration.ofHours(24)));
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
        List<AccessToServiceNotification> all = notifications.accessToService(WINDOW_END,
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
        List<AccessToServiceNotification> all = notifications.accessToService(WINDOW_END, List.of());
        assertThat(forLa(all, "X09").children()).hasSize(1);
        assertThat(forLa(all, "Y05").children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS009 CP-IS029: an LA whose plan was deleted is no longer told; another LA with a live plan still is")
    void deletedPlanNoLongerNotified() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2025-01-01", null, "2026-02-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", plan(PlanType.LAC, "2025-01-01", null, null)));
        access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        List<AccessToServiceNotification> all = notifications.accessToService(WINDOW_END, List.of());
        assertThat(all).extracting(n -> n.recipient().code().value()).containsExactly("Y05");
        assertThat(all.get(0).children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS029 CP-IS010: notifications continue while a plan is within end date + 365 days")
    void endedPlanStillNotified() {
        hold(entry(NHS_A, LA_X, "2015-05-20", plan(PlanType.CPP, "2024-01-01", "2025-03-02", null)));
        access(NHS_A, "2026-03-01T09:00:00Z", Fixtures.nurse("1"));
        assertThat(notifications.accessToService(WINDOW_END, List.of()).get(0).children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS047 CP-IS025: only the first access per worker per 24 hours is notified")
    void condensed() {
        hold(entry(NHS_A, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        access(NHS_A, "2026-02-28T23:00:00Z", Fixtures.nurse("1")); // notified the day before
        access(NHS_A, "2026-03-01T01:00:00Z", Fixtures.nurse("1")); // within 24 h of it: not again
        AccessEvent later = access(NHS_A, "2026-03-01T23:30:00Z", Fixtures.nurse("1")); // 24h30 after the shown one
        AccessToServiceNotification n = notifications.accessToService(WINDOW_END, List.of()).get(0);
        assertThat(n.children().get(0).accesses()).containsExactly(later);
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
        assertThat(named.accessToService(WINDOW_END, List.of()).get(0).recipient().name()).isEqualTo("ODS NAME");
    }
}
