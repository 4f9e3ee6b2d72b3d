package org.cpis.sft.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.exchange.DemographicsChanges;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveNumber;
import org.cpis.core.notification.NotificationService;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.processing.ProcessingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inactive NHS Number Notifications (CP-IS012, CP-IS023): for each change of the demographics feed not notified
 * yet (a number superseded or merged), every Local Authority holding an entry for the number gets one
 * notification naming the new number when known; then the change is marked notified. Exactly once per change and
 * LA: the once-key {@code inactive:<change id>:<ODS>} is unique in the message store and checked before posting,
 * so a restart between posting and marking (or a second node) posts nothing twice; the run holds the work lock
 * {@value #LOCK}. An LA without an enabled mailbox is logged as undeliverable (CPIS-E007) and reported. Thread-safe.
 */
public final class InactiveNhsNumberJob {

    public static final String LOCK = "inactive-nhs-numbers";
    public static final int DEFAULT_CHANGES_PER_RUN = 500;

    private static final Logger LOG = LoggerFactory.getLogger(InactiveNhsNumberJob.class);

    private final PostOffice postOffice;
    private final WorkLocks locks;
    private final DemographicsChanges changes;
    private final NotificationService notifications;
    private final InactiveNhsNumberNotificationCodec codec;
    private final int changesPerRun;
    private final OncePost once;

    public InactiveNhsNumberJob(PostOffice postOffice, WorkLocks locks, DemographicsChanges changes,
                                NotificationService notifications, InactiveNhsNumberNotificationCodec codec,
                                int changesPerRun) {
        if (changesPerRun < 1) {
            throw new IllegalArgumentException("a run takes at least one change");
        }
        this.postOffice = Objects.requireNonNull(postOffice, "postOffice");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.changesPerRun = changesPerRun;
        this.once = new OncePost(postOffice);
    }

    /** The once-key of the notification of one change to one LA. */
    public static String onceKey(long changeId, String ods) {
        return "inactive:" + changeId + ":" + ods;
    }

    /** Notifies the pending changes (at most the changes per run, oldest first). */
    public InactiveNhsNumberRun runDue(Instant now) {
        Optional<WorkLocks.WorkLock> lock = locks.tryLock(LOCK);
        if (lock.isEmpty()) {
            LOG.info("inactive NHS numbers: another node is running the job");
            return InactiveNhsNumberRun.notRun();
        }
        try (WorkLocks.WorkLock held = lock.get()) {
            List<Long> done = new ArrayList<>();
            List<String> undeliverable = new ArrayList<>();
            int sent = 0;
            int alreadySent = 0;
            for (DemographicsChange change : changes.pending(changesPerRun)) {
                List<InactiveNhsNumberNotification> perLa = notifications.inactiveNhsNumbers(
                        List.of(new InactiveNumber(change.inactive(), change.replacement())));
                for (InactiveNhsNumberNotification n : perLa) {
                    String ods = n.recipient().code().value();
                    Optional<Mailbox> mailbox = postOffice.mailboxes().forLocalAuthority(n.recipient().code())
                            .filter(Mailbox::enabled);
                    if (mailbox.isEmpty()) {
                        undeliverable.add(change.id() + ":" + ods);
                        LOG.warn("inactive NHS numbers: {}", ProcessingCode.INACTIVE_NUMBER_UNDELIVERABLE.describe(
                                "change " + change.id() + " for LA " + ods));
                        continue;
                    }
                    if (once.post(mailbox.get(), postOffice.workflows().inactiveNhsNumbers(),
                            "CP-IS Inactive NHS Number notification", n.id().toString(), onceKey(change.id(), ods),
                            codec.encode(n)).isPresent()) {
                        sent++;
                    } else {
                        alreadySent++;
                    }
                }
                changes.markNotified(List.of(change.id()), now);
                done.add(change.id());
                LOG.info("inactive NHS numbers: change {} ({}) notified to {} LAs", change.id(), change.kind(),
                        perLa.size());
            }
            return new InactiveNhsNumberRun(true, done, sent, alreadySent, undeliverable);
        }
    }
}
