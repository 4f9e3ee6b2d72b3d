package org.cpis.sft.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_E;
import static org.cpis.core.testing.Fixtures.NHS_F;
import static org.cpis.core.testing.Fixtures.cpp;
import static org.cpis.core.testing.Fixtures.entry;
import static org.cpis.sft.testing.ExchangeWorld.X09_MAILBOX;
import static org.cpis.sft.testing.ExchangeWorld.Y05_MAILBOX;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.exchange.DemographicsChanges;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.testing.ExchangeWorld;
import org.cpis.sft.testing.SimulatedCrash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inactive NHS Number notifications from the demographics change feed, through the real post office and codec. */
class InactiveNhsNumberJobTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);
    private final InactiveNhsNumberNotificationCodec codec = new InactiveNhsNumberNotificationCodec();
    private ExchangeWorld world;

    @BeforeEach
    void twoLasHoldTheChild() {
        world = new ExchangeWorld(dir, clock);
        world.store().inTransaction(s -> s.records().replace(entry(NHS_A, LA_X, "2015-05-20", cpp("2025-01-01"))));
        world.store().inTransaction(s -> s.records().replace(entry(NHS_A, LA_Y, "2015-05-20", cpp("2025-06-01"))));
        world.store().inTransaction(s -> s.records().replace(entry(NHS_B, LA_X, "2016-07-01", cpp("2025-01-01"))));
    }

    private InactiveNhsNumberJob job(DemographicsChanges changes) {
        return new InactiveNhsNumberJob(world.postOffice(), world.locks(), changes, new NotificationService(
                world.store(), Fixtures.emptyDirectory(), clock, new SequentialIds()), codec,
                InactiveNhsNumberJob.DEFAULT_CHANGES_PER_RUN);
    }

    private InactiveNhsNumberJob job() {
        return job(world.changes());
    }

    private DemographicsChange superseded(String inactive, String replacement) {
        return world.changes().record(NhsNumber.of(inactive), replacement == null ? null : NhsNumber.of(replacement),
                DemographicsChange.Kind.SUPERSEDED, NOW);
    }

    private List<ExchangeMessage> notificationsFor(MailboxId mailbox) {
        return world.onWorkflow(Workflows.DEFAULTS.inactiveNhsNumbers()).stream()
                .filter(m -> m.recipient().equals(mailbox)).toList();
    }

    private InactiveNhsNumberNotification only(MailboxId mailbox) {
        List<ExchangeMessage> messages = notificationsFor(mailbox);
        assertThat(messages).as("inactive NHS number notifications for %s", mailbox).hasSize(1);
        return codec.decode(world.body(messages.get(0)));
    }

    @Test
    @DisplayName("CP-IS012 CP-IS023: a superseded number is notified, with its new number, to both LAs holding it, once")
    void notifiesEveryLaHoldingTheNumber() {
        DemographicsChange change = superseded(NHS_A, NHS_E);

        InactiveNhsNumberRun run = job().runDue(NOW);

        assertThat(run.changes()).containsExactly(change.id());
        assertThat(run.sent()).isEqualTo(2);
        for (MailboxId mailbox : List.of(X09_MAILBOX, Y05_MAILBOX)) {
            InactiveNhsNumberNotification n = only(mailbox);
            assertThat(n.subjects()).containsExactly(new InactiveSubject(NhsNumber.of(NHS_A), "LOCAL-" + NHS_A,
                    NhsNumber.of(NHS_E), "1"));
        }
        assertThat(only(Y05_MAILBOX).recipient().code().value()).isEqualTo("Y05");
        assertThat(notificationsFor(X09_MAILBOX).get(0).onceKey()).isEqualTo("inactive:" + change.id() + ":X09");
        assertThat(world.changes().pending(10)).isEmpty();

        InactiveNhsNumberRun again = job().runDue(NOW.plusSeconds(60));
        assertThat(again.changes()).isEmpty();
        assertThat(world.onWorkflow(Workflows.DEFAULTS.inactiveNhsNumbers())).hasSize(2);
    }

    @Test
    @DisplayName("CP-IS012: a merged number whose replacement is not known is notified without one; a number nobody holds notifies nobody")
    void unknownReplacementAndNobodyHolding() {
        DemographicsChange merged = world.changes().record(NhsNumber.of(NHS_B), null, DemographicsChange.Kind.MERGED, NOW);
        DemographicsChange nobody = superseded(NHS_F, NHS_E);

        InactiveNhsNumberRun run = job().runDue(NOW);

        assertThat(run.changes()).containsExactly(merged.id(), nobody.id());
        assertThat(run.sent()).isEqualTo(1);
        assertThat(only(X09_MAILBOX).subjects()).singleElement()
                .satisfies(s -> assertThat(s.replacementIfKnown()).isEmpty());
        assertThat(notificationsFor(Y05_MAILBOX)).isEmpty();
        assertThat(world.changes().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("CP-IS012 exactly once: a crash after posting, before the change is marked notified - the restart posts nothing twice")
    void crashBeforeMarkedNotified() {
        superseded(NHS_A, NHS_E);
        DemographicsChanges diesWhenMarking = new DemographicsChanges() {
            @Override
            public DemographicsChange record(NhsNumber inactive, NhsNumber replacement, DemographicsChange.Kind kind,
                                             Instant at) {
                return world.changes().record(inactive, replacement, kind, at);
            }

            @Override
            public List<DemographicsChange> pending(int limit) {
                return world.changes().pending(limit);
            }

            @Override
            public void markNotified(List<Long> ids, Instant at) {
                throw new SimulatedCrash("before marking " + ids);
            }
        };
        assertThatThrownBy(() -> job(diesWhenMarking).runDue(NOW)).isInstanceOf(SimulatedCrash.class);
        assertThat(world.changes().pending(10)).hasSize(1);
        assertThat(world.onWorkflow(Workflows.DEFAULTS.inactiveNhsNumbers())).hasSize(2);

        InactiveNhsNumberRun afterRestart = job().runDue(NOW.plusSeconds(60));

        assertThat(afterRestart.sent()).isZero();
        assertThat(afterRestart.alreadySent()).isEqualTo(2);
        assertThat(notificationsFor(X09_MAILBOX)).hasSize(1);
        assertThat(notificationsFor(Y05_MAILBOX)).hasSize(1);
        assertThat(world.changes().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("CPIS-E007: an LA holding the number without an enabled mailbox is reported undeliverable; the change is still done")
    void undeliverable() {
        UploadedLocalAuthority westmoor = new UploadedLocalAuthority("W01", "Westmoor Council", "01632960201", null);
        world.store().inTransaction(s -> s.records().replace(entry(NHS_A, westmoor, "2015-05-20", cpp("2025-01-01"))));
        world.mailboxes().setEnabled(Y05_MAILBOX, false);
        DemographicsChange change = superseded(NHS_A, NHS_E);

        InactiveNhsNumberRun run = job().runDue(NOW);

        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.undeliverable()).containsExactly(change.id() + ":W01", change.id() + ":Y05");
        assertThat(notificationsFor(Y05_MAILBOX)).isEmpty();
        assertThat(only(X09_MAILBOX).subjects()).hasSize(1);
        assertThat(world.changes().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("Two nodes: the one without the job's lock does nothing")
    void lockHeld() {
        superseded(NHS_A, NHS_E);
        try (var held = world.locks().tryLock(InactiveNhsNumberJob.LOCK).orElseThrow()) {
            assertThat(job().runDue(NOW).ran()).isFalse();
        }
        assertThat(world.onWorkflow(Workflows.DEFAULTS.inactiveNhsNumbers())).isEmpty();
        assertThat(world.changes().pending(10)).hasSize(1);
    }
}
