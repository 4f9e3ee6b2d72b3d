package org.cpis.sft.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.entry;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;
import static org.cpis.sft.testing.ExchangeWorld.Y05_MAILBOX;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryWorkLocks;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.testing.CrashingBodies;
import org.cpis.sft.testing.ExchangeWorld;
import org.cpis.sft.testing.SimulatedCrash;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily Access to Service notifications, delivered through the real post office and codec. */
class AccessToServiceJobTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-09");
    private static final Instant NIGHT_AFTER = Instant.parse("2026-03-10T00:30:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NIGHT_AFTER);
    private final AccessToServiceNotificationCodec codec = new AccessToServiceNotificationCodec();
    private ExchangeWorld world;
    private int queries;

    private ExchangeWorld world(String registered) {
        world = new ExchangeWorld(dir, clock, Instant.parse(registered));
        return world;
    }

    private AccessToServiceJob job(PostOffice postOffice, WorkLocks locks) {
        return new AccessToServiceJob(postOffice, locks, new NotificationService(world.store(),
                Fixtures.emptyDirectory(), clock, new SequentialIds()), codec, AccessToServiceJob.DEFAULT_CATCH_UP_DAYS);
    }

    private AccessToServiceJob job() {
        return job(world.postOffice(), world.locks());
    }

    private void hold(LocalAuthorityEntry e) {
        world.store().inTransaction(s -> s.records().replace(e));
    }

    private AccessEvent access(String nhs, String at, QueryAuthor who) {
        AccessEvent e = new AccessEvent(Fixtures.id(++queries), NhsNumber.of(nhs), Instant.parse(at), Instant.parse(at),
                who);
        world.store().inTransaction(s -> {
            s.accessLog().record(e);
            return null;
        });
        return e;
    }

    private List<ExchangeMessage> notificationsFor(MailboxId mailbox) {
        return world.onWorkflow(Workflows.DEFAULTS.accessToService()).stream()
                .filter(m -> m.recipient().equals(mailbox)).toList();
    }

    private AccessToServiceNotification only(MailboxId mailbox, LocalDate day) {
        List<ExchangeMessage> forDay = notificationsFor(mailbox).stream()
                .filter(m -> m.onceKey().endsWith(":" + day)).toList();
        assertThat(forDay).as("notifications for %s on %s", mailbox, day).hasSize(1);
        return codec.decode(world.body(forDay.get(0)));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS023 CP-IS037 CP-IS070: the daily run - every LA holding the child hears of yesterday's accesses, condensed, once")
    void dailyRunWithAccesses() {
        world("2026-03-09T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", cpp("2025-06-01")));
        hold(entry(NHS_B, LA_X, "2016-07-01", cpp("2025-01-01")));
        AccessEvent first = access(NHS_A, "2026-03-09T09:00:00Z", Fixtures.nurse("1"));
        AccessEvent second = access(NHS_A, "2026-03-09T11:00:00Z", Fixtures.nurse("2"));
        access(NHS_A, "2026-03-09T15:00:00Z", Fixtures.nurse("1"));
        access(NHS_B, "2026-03-08T15:00:00Z", Fixtures.nurse("3"));

        AccessToServiceRun run = job().runDue(NIGHT_AFTER);

        assertThat(run.ran()).isTrue();
        assertThat(run.days()).containsExactly(DAY);
        assertThat(run.sent()).isEqualTo(2);
        for (MailboxId mailbox : List.of(X09_MAILBOX, Y05_MAILBOX)) {
            AccessToServiceNotification n = only(mailbox, DAY);
            assertThat(n.children()).singleElement().satisfies(child -> {
                assertThat(child.nhsNumber().value()).isEqualTo(NHS_A);
                assertThat(child.localChildId()).isEqualTo("LOCAL-" + NHS_A);
                assertThat(child.accesses()).extracting(AccessEvent::queryId)
                        .as("first access per worker, newest first").containsExactly(second.queryId(), first.queryId());
            });
            assertThat(n.totalAccessRecords()).isEqualTo(2);
        }
        assertThat(only(X09_MAILBOX, DAY).recipient().code().value()).isEqualTo("X09");
        assertThat(only(Y05_MAILBOX, DAY).recipient().code().value()).isEqualTo("Y05");
        ExchangeMessage x09 = notificationsFor(X09_MAILBOX).get(0);
        assertThat(x09.onceKey()).isEqualTo("ats:X09:2026-03-09");
        assertThat(x09.state()).isEqualTo(MessageState.READY);
        assertThat(x09.sender()).isEqualTo(ExchangeWorld.SERVICE);
        assertThat(world.transmissions().all()).filteredOn(t -> x09.messageId().equals(t.messageId()))
                .extracting(Transmission::outcome).containsExactly("READY");

        AccessToServiceRun again = job().runDue(NIGHT_AFTER.plusSeconds(600));
        assertThat(again.sent()).isZero();
        assertThat(again.days()).isEmpty();
        assertThat(world.onWorkflow(Workflows.DEFAULTS.accessToService())).hasSize(2);
    }

    @Test
    @DisplayName("CP-IS025: without accesses every enabled LA still gets its (empty) notification, also one holding no child")
    void dailyRunWithoutAccesses() {
        world("2026-03-09T08:00:00Z");
        world.register(MailboxId.of("Z01OT001"), "Z01", "Zedborough Council", Instant.parse("2026-03-09T08:00:00Z"));
        hold(entry(NHS_B, LA_X, "2016-07-01", cpp("2025-01-01")));

        AccessToServiceRun run = job().runDue(NIGHT_AFTER);

        assertThat(run.sent()).isEqualTo(3);
        for (MailboxId mailbox : List.of(X09_MAILBOX, Y05_MAILBOX, MailboxId.of("Z01OT001"))) {
            AccessToServiceNotification n = only(mailbox, DAY);
            assertThat(n.children()).isEmpty();
            assertThat(n.totalAccessRecords()).isZero();
        }
    }

    @Test
    @DisplayName("CP-SC014: a disabled LA gets no notification; the others do")
    void disabledLa() {
        world("2026-03-09T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", cpp("2025-06-01")));
        access(NHS_A, "2026-03-09T09:00:00Z", Fixtures.nurse("1"));
        world.mailboxes().setEnabled(Y05_MAILBOX, false);

        AccessToServiceRun run = job().runDue(NIGHT_AFTER);

        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.disabled()).isEqualTo(1);
        assertThat(notificationsFor(Y05_MAILBOX)).isEmpty();
        assertThat(only(X09_MAILBOX, DAY).children()).hasSize(1);
    }

    @Test
    @DisplayName("CPIS-E006: an LA holding visible plans without a registered mailbox is reported undeliverable, without personal data")
    void laWithoutMailbox() {
        world("2026-03-09T08:00:00Z");
        UploadedLocalAuthority westmoor = new UploadedLocalAuthority("W01", "Westmoor Council", "01632960201", null);
        hold(entry(NHS_A, westmoor, "2015-05-20", cpp("2025-01-01")));
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        access(NHS_A, "2026-03-09T09:00:00Z", Fixtures.nurse("1"));

        AccessToServiceRun run = job().runDue(NIGHT_AFTER);

        assertThat(run.undeliverable()).containsExactly(new AccessToServiceRun.Undeliverable("W01", DAY, 1));
        assertThat(run.sent()).isEqualTo(2);
        assertThat(only(X09_MAILBOX, DAY).children()).hasSize(1);
        assertThat(world.onWorkflow(Workflows.DEFAULTS.accessToService()))
                .noneMatch(m -> m.onceKey().startsWith("ats:W01"));
    }

    @Test
    @DisplayName("CP-IS025 exactly once: a crash part way through the run, then a restart - every LA gets its day once")
    void restartMidRun() {
        world("2026-03-09T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        hold(entry(NHS_A, LA_Y, "2015-05-20", cpp("2025-06-01")));
        access(NHS_A, "2026-03-09T09:00:00Z", Fixtures.nurse("1"));
        AccessToServiceJob dies = job(world.postOffice(new CrashingBodies(world.bodies(), 2)), world.locks());

        assertThatThrownBy(() -> dies.runDue(NIGHT_AFTER)).isInstanceOf(SimulatedCrash.class);
        assertThat(notificationsFor(X09_MAILBOX)).hasSize(1);
        assertThat(notificationsFor(Y05_MAILBOX)).isEmpty();

        AccessToServiceRun afterRestart = job().runDue(NIGHT_AFTER.plusSeconds(60));
        assertThat(afterRestart.sent()).isEqualTo(1);
        assertThat(afterRestart.alreadySent()).isEqualTo(1);
        assertThat(notificationsFor(X09_MAILBOX)).hasSize(1);
        assertThat(only(Y05_MAILBOX, DAY).children()).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS025 CP-IS070: missed days are caught up, each day once with its own accesses, as far back as the catch-up days")
    void missedDaysCaughtUp() {
        world("2026-03-01T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        job().runDue(Instant.parse("2026-03-05T00:30:00Z"));
        assertThat(notificationsFor(X09_MAILBOX)).extracting(ExchangeMessage::onceKey).containsExactly(
                "ats:X09:2026-03-01", "ats:X09:2026-03-02", "ats:X09:2026-03-03", "ats:X09:2026-03-04");

        AccessEvent onSixth = access(NHS_A, "2026-03-06T10:00:00Z", Fixtures.nurse("1"));
        AccessToServiceRun afterTwoMissedNights = job().runDue(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(afterTwoMissedNights.days()).containsExactly(LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-07"));
        assertThat(only(X09_MAILBOX, LocalDate.parse("2026-03-05")).children()).isEmpty();
        assertThat(only(X09_MAILBOX, LocalDate.parse("2026-03-06")).children()).singleElement()
                .satisfies(c -> assertThat(c.accesses()).extracting(AccessEvent::queryId).containsExactly(onSixth.queryId()));
        assertThat(only(X09_MAILBOX, LocalDate.parse("2026-03-07")).children()).isEmpty();

        AccessToServiceRun afterLongOutage = job().runDue(Instant.parse("2026-03-20T00:30:00Z"));
        assertThat(afterLongOutage.days()).as("seven days back at most").containsExactly(
                LocalDate.parse("2026-03-13"), LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-15"),
                LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-18"),
                LocalDate.parse("2026-03-19"));
        assertThat(notificationsFor(X09_MAILBOX)).hasSize(4 + 3 + 7);
    }

    @Test
    @DisplayName("CP-IS025: days are England's - in summer an access at 23:30 UTC belongs to the next day's notification")
    void englandDays() {
        world("2026-06-01T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        AccessEvent lateUtc = access(NHS_A, "2026-06-09T23:30:00Z", Fixtures.nurse("1"));

        job().runDue(Instant.parse("2026-06-10T23:30:00Z"));

        assertThat(only(X09_MAILBOX, LocalDate.parse("2026-06-09")).children()).isEmpty();
        assertThat(only(X09_MAILBOX, LocalDate.parse("2026-06-10")).children()).singleElement()
                .extracting(ChildAccesses::accesses).satisfies(a -> assertThat(a).extracting(AccessEvent::queryId)
                        .containsExactly(lateUtc.queryId()));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: nightly runs around 29 March 2026 (clocks forward): every access in exactly one day's notification")
    void clocksGoForward() {
        nightlyRunsNotifyEveryAccessOnce(LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-31"));
    }

    @Test
    @DisplayName("CP-IS022 CP-IS070: nightly runs around 25 October 2026 (clocks back): every access in exactly one day's notification")
    void clocksGoBack() {
        nightlyRunsNotifyEveryAccessOnce(LocalDate.parse("2026-10-23"), LocalDate.parse("2026-10-27"));
    }

    /**
     * An access every 30 minutes, each by another worker, from {@code first}'s local midnight to the end of
     * {@code last}; the job runs at 00:30 local time after each day; the posted notifications, decoded, report
     * each access exactly once, on the England day it happened.
     */
    private void nightlyRunsNotifyEveryAccessOnce(LocalDate first, LocalDate last) {
        world(first.minusDays(1) + "T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        Instant from = first.atStartOfDay(ServiceCalendar.ZONE).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant();
        Map<UUID, LocalDate> made = new HashMap<>();
        int worker = 0;
        for (Instant at = from; at.isBefore(to); at = at.plus(Duration.ofMinutes(30))) {
            made.put(access(NHS_A, at.toString(), Fixtures.nurse("W" + ++worker)).queryId(), ServiceCalendar.dateOf(at));
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant night = day.plusDays(1).atTime(0, 30).atZone(ServiceCalendar.ZONE).toInstant();
            clock.set(night);
            assertThat(job().runDue(night).days()).as("the run after %s", day).contains(day);
        }
        Map<UUID, List<LocalDate>> notified = new HashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (ChildAccesses child : only(X09_MAILBOX, day).children()) {
                for (AccessEvent e : child.accesses()) {
                    notified.computeIfAbsent(e.queryId(), k -> new ArrayList<>()).add(day);
                }
            }
        }
        assertThat(notified.keySet()).as("every access notified").containsExactlyInAnyOrderElementsOf(made.keySet());
        made.forEach((id, day) -> assertThat(notified.get(id)).as("days notifying %s", id).containsExactly(day));
    }

    @Test
    @DisplayName("CP-IS025 two nodes: the one without the lock does nothing; without a lock the once-keys still send each day once")
    void twoNodes() {
        world("2026-03-09T08:00:00Z");
        hold(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01")));
        try (var held = world.locks().tryLock(AccessToServiceJob.LOCK).orElseThrow()) {
            AccessToServiceRun blocked = job().runDue(NIGHT_AFTER);
            assertThat(blocked.ran()).isFalse();
            assertThat(world.onWorkflow(Workflows.DEFAULTS.accessToService())).isEmpty();
        }
        AccessToServiceRun nodeOne = job(world.postOffice(), new InMemoryWorkLocks()).runDue(NIGHT_AFTER);
        AccessToServiceRun nodeTwo = job(world.postOffice(), new InMemoryWorkLocks()).runDue(NIGHT_AFTER);
        assertThat(nodeOne.sent()).isEqualTo(2);
        assertThat(nodeTwo.sent()).isZero();
        assertThat(notificationsFor(X09_MAILBOX)).hasSize(1);
        assertThat(notificationsFor(Y05_MAILBOX)).hasSize(1);
    }

    @Test
    @DisplayName("The run at 00:30 England time by default, in winter and in summer")
    void schedule() {
        DailyAccessToServiceSchedule daily = DailyAccessToServiceSchedule.DEFAULT;
        assertThat(daily.nextDue(Instant.parse("2026-03-09T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-10T00:30:00Z"));
        assertThat(daily.nextDue(Instant.parse("2026-03-10T00:30:00Z"))).isEqualTo(Instant.parse("2026-03-11T00:30:00Z"));
        assertThat(daily.nextDue(Instant.parse("2026-06-09T12:00:00Z"))).isEqualTo(Instant.parse("2026-06-09T23:30:00Z"));
        assertThat(daily.nextDue(Instant.parse("2026-06-09T23:45:00Z"))).isEqualTo(Instant.parse("2026-06-10T23:30:00Z"));
        DailyAccessToServiceSchedule inTheGap = new DailyAccessToServiceSchedule(java.time.LocalTime.of(1, 30),
                org.cpis.core.rules.ServiceCalendar.ZONE);
        assertThat(inTheGap.nextDue(Instant.parse("2026-03-28T12:00:00Z")))
                .as("01:30 does not exist on 29 March: 02:30 BST").isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
