package org.cpis.sft.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.processing.ProcessingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily Access to Service Notifications (CP-IS022, CP-IS023, CP-IS025, CP-IS029, CP-IS037, CP-IS070): for
 * every England day (Europe/London) not notified yet - from {@code catchUpDays} days ago, or from the day its
 * mailbox was registered when that is later, up to yesterday - every enabled Local Authority mailbox gets one
 * notification of that day's condensed accesses to its children, also when there were none. Exactly once per LA
 * per day, across restarts and nodes: the run holds the work lock {@value #LOCK}, and each message carries the
 * once-key {@code ats:<ODS>:<yyyy-MM-dd>}, which the message store keeps unique and the run checks before it
 * posts. A disabled LA gets nothing; an LA holding visible plans without a registered mailbox is logged as
 * undeliverable (CPIS-E006) and reported. Thread-safe.
 */
public final class AccessToServiceJob {

    public static final String LOCK = "access-to-service";
    public static final int DEFAULT_CATCH_UP_DAYS = 7;

    private static final Logger LOG = LoggerFactory.getLogger(AccessToServiceJob.class);

    private final PostOffice postOffice;
    private final WorkLocks locks;
    private final NotificationService notifications;
    private final AccessToServiceNotificationCodec codec;
    private final int catchUpDays;
    private final OncePost once;

    /** @param catchUpDays how many days back a run looks for days not notified (at least 1: yesterday) */
    public AccessToServiceJob(PostOffice postOffice, WorkLocks locks, NotificationService notifications,
                              AccessToServiceNotificationCodec codec, int catchUpDays) {
        if (catchUpDays < 1) {
            throw new IllegalArgumentException("catch-up days must be at least 1 (yesterday)");
        }
        this.postOffice = Objects.requireNonNull(postOffice, "postOffice");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.catchUpDays = catchUpDays;
        this.once = new OncePost(postOffice);
    }

    /** The once-key of an LA's notification for a day. */
    public static String onceKey(OdsCode localAuthority, LocalDate day) {
        return "ats:" + localAuthority.value() + ":" + day;
    }

    /** Sends every notification due at {@code now} and not sent yet. */
    public AccessToServiceRun runDue(Instant now) {
        Optional<WorkLocks.WorkLock> lock = locks.tryLock(LOCK);
        if (lock.isEmpty()) {
            LOG.info("access to service: another node is running the job");
            return AccessToServiceRun.notRun();
        }
        try (WorkLocks.WorkLock held = lock.get()) {
            LocalDate today = ServiceCalendar.dateOf(now);
            Tally tally = new Tally();
            for (LocalDate day = today.minusDays(catchUpDays); day.isBefore(today); day = day.plusDays(1)) {
                runDay(day, tally);
            }
            return new AccessToServiceRun(true, tally.days, tally.sent, tally.alreadySent, tally.undeliverable,
                    tally.disabled);
        }
    }

    private void runDay(LocalDate day, Tally tally) {
        Map<OdsCode, Mailbox> due = dueOn(day);
        if (due.isEmpty()) {
            return;
        }
        tally.days.add(day);
        List<Organisation> enabled = due.values().stream()
                .map(m -> new Organisation(m.localAuthority(), m.name())).toList();
        int sentBefore = tally.sent;
        for (AccessToServiceNotification n : notifications.accessToService(day, enabled)) {
            OdsCode la = n.recipient().code();
            Mailbox mailbox = due.get(la);
            if (mailbox != null) {
                post(n, mailbox, day, tally);
            } else {
                notDue(n, day, tally);
            }
        }
        LOG.info("access to service {}: {} notifications sent to {} mailboxes due", day, tally.sent - sentBefore,
                due.size());
    }

    /** The enabled mailboxes registered on or before {@code day} whose notification for it was not sent yet. */
    private Map<OdsCode, Mailbox> dueOn(LocalDate day) {
        Map<OdsCode, Mailbox> due = new TreeMap<>();
        for (Mailbox m : postOffice.mailboxes().all()) {
            if (m.enabled() && !ServiceCalendar.dateOf(m.registeredAt()).isAfter(day)
                    && !postOffice.messages().hasOnceKey(onceKey(m.localAuthority(), day))) {
                due.put(m.localAuthority(), m);
            }
        }
        return due;
    }

    private void post(AccessToServiceNotification n, Mailbox mailbox, LocalDate day, Tally tally) {
        byte[] wire = codec.encode(n);
        Optional<?> posted = once.post(mailbox, postOffice.workflows().accessToService(),
                "CP-IS Access to Service notification for " + day, n.id().toString(),
                onceKey(mailbox.localAuthority(), day), wire);
        if (posted.isPresent()) {
            tally.sent++;
        } else {
            tally.alreadySent++;
        }
    }

    /** A notification for an LA that is not due: no mailbox (undeliverable), disabled, sent, or registered later. */
    private void notDue(AccessToServiceNotification n, LocalDate day, Tally tally) {
        OdsCode la = n.recipient().code();
        Optional<Mailbox> mailbox = postOffice.mailboxes().forLocalAuthority(la);
        if (mailbox.isEmpty()) {
            tally.undeliverable.add(new AccessToServiceRun.Undeliverable(la.value(), day, n.children().size()));
            LOG.warn("access to service {}: {}", day, ProcessingCode.ACCESS_TO_SERVICE_UNDELIVERABLE.describe(
                    "LA " + la.value() + " holds visible plans but has no registered mailbox; " + n.children().size()
                            + " of its children were accessed"));
        } else if (!mailbox.get().enabled()) {
            tally.disabled++;
            LOG.info("access to service {}: LA {} is disabled; no notification", day, la.value());
        } else if (postOffice.messages().hasOnceKey(onceKey(la, day))) {
            tally.alreadySent++;
        }
    }

    private static final class Tally {
        final List<LocalDate> days = new ArrayList<>();
        final List<AccessToServiceRun.Undeliverable> undeliverable = new ArrayList<>();
        int sent;
        int alreadySent;
        int disabled;
    }
}
