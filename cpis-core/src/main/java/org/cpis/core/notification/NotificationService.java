package org.cpis.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.port.OrganisationDirectory;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.cpis.core.rules.AccessHistoryCondenser;
import org.cpis.core.rules.AccessToServiceWindow;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.core.rules.ServiceCalendar;

/**
 * Builds the notifications CP-IS sends to Local Authorities (CP-IS012, CP-IS022-025, CP-IS029, CP-IS037,
 * CP-IS070):
 * <ul>
 *   <li>Access to Service: for one England day ({@link AccessToServiceWindow}: local midnight to local
 *       midnight, 23 or 25 hours on the days the clocks change), one notification per LA that holds a visible
 *       plan (and per LA the caller always notifies), listing every child of that LA accessed that day with the
 *       accesses that count as the first per worker per 24 hours. Every LA holding a visible plan for an
 *       accessed child hears of the access (CP-IS023). An LA with nothing accessed gets an empty notification
 *       (CP-IS025). A plan's visibility is judged on that day, so a deleted or expired plan brings no more
 *       notifications (CP-IS009, CP-IS010, CP-IS029).</li>
 *   <li>Inactive NHS Number: to every LA holding an entry for a number that PDS says is inactive, with the new
 *       number when known.</li>
 * </ul>
 */
public final class NotificationService {

    private final Transactions transactions;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final IdGenerator ids;
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();
    private final AccessHistoryCondenser condenser = new AccessHistoryCondenser();

    public NotificationService(Transactions transactions, OrganisationDirectory organisations, Clock clock,
                               IdGenerator ids) {
        this.transactions = transactions;
        this.organisations = organisations;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * The Access to Service Notifications of one England day (CP-IS022, CP-IS070): the accesses from that day's
     * local midnight up to the next one, so that the notifications of consecutive days report every access exactly
     * once, across the clock changes too.
     *
     * @param day          the day notified, in Europe/London ({@link ServiceCalendar})
     * @param alwaysNotify LAs that get a notification even when they hold no visible plan (CP-IS025)
     */
    public List<AccessToServiceNotification> accessToService(LocalDate day, Collection<Organisation> alwaysNotify) {
        AccessToServiceWindow window = AccessToServiceWindow.of(day);
        Instant windowStart = window.start();
        Instant windowEnd = window.end();
        Instant now = clock.instant();
        return transactions.inTransaction(s -> {
            Map<OdsCode, Organisation> recipients = new TreeMap<>();
            alwaysNotify.forEach(o -> recipients.put(o.code(), named(o)));
            s.records().forEachEntry(e -> {
                if (visibility.hasVisiblePlan(e, day)) {
                    recipients.putIfAbsent(e.localAuthorityCode(), named(e.localAuthority().organisation()));
                }
            });
            Map<OdsCode, List<ChildAccesses>> perLa = childrenAccessed(s, window);
            List<AccessToServiceNotification> out = new ArrayList<>();
            for (Organisation la : recipients.values()) {
                List<ChildAccesses> children = perLa.getOrDefault(la.code(), List.of());
                AccessToServiceNotification n = new AccessToServiceNotification(ids.next(), now, la, windowStart,
                        windowEnd, children);
                out.add(n);
                s.auditTrail().append(new AuditEvent(now, AuditAction.NOTIFICATION_CREATED, "cp-is", la.code(), null,
                        "access to service " + n.id() + " window " + windowStart + "/" + windowEnd + " children="
                                + children.size() + " accesses=" + n.totalAccessRecords()));
            }
            return out;
        });
    }

    private Map<OdsCode, List<ChildAccesses>> childrenAccessed(StoreSession s, AccessToServiceWindow window) {
        LocalDate day = window.day();
        Set<NhsNumber> accessed = s.accessLog().accessedBetween(window.start(), window.end());
        Map<NhsNumber, List<AccessEvent>> histories = s.accessLog().histories(accessed);
        Map<NhsNumber, ChildRecord> records = s.records().findAll(accessed);
        Map<OdsCode, List<ChildAccesses>> perLa = new LinkedHashMap<>();
        for (NhsNumber nhs : new java.util.TreeSet<>(accessed)) {
            List<AccessEvent> inWindow = new ArrayList<>(condenser.firstPerWorker(histories.getOrDefault(nhs, List.of()))
                    .stream().filter(e -> window.contains(e.accessedAt())).toList());
            ChildRecord record = records.get(nhs);
            if (inWindow.isEmpty() || record == null) {
                continue;
            }
            inWindow.sort(Comparator.comparing(AccessEvent::accessedAt).reversed());
            for (LocalAuthorityEntry entry : record.entries()) {
                if (visibility.hasVisiblePlan(entry, day)) {
                    perLa.computeIfAbsent(entry.localAuthorityCode(), k -> new ArrayList<>())
                            .add(new ChildAccesses(nhs, entry.localChildId(), entry.uploadFileId(), inWindow));
                }
            }
        }
        return perLa;
    }

    public List<InactiveNhsNumberNotification> inactiveNhsNumbers(Collection<InactiveNumber> numbers) {
        Instant now = clock.instant();
        return transactions.inTransaction(s -> {
            Map<NhsNumber, InactiveNumber> byNumber = new LinkedHashMap<>();
            numbers.forEach(n -> byNumber.put(n.inactive(), n));
            Map<NhsNumber, ChildRecord> records = s.records().findAll(byNumber.keySet());
            Map<OdsCode, Organisation> recipients = new TreeMap<>();
            Map<OdsCode, List<InactiveSubject>> perLa = new TreeMap<>();
            for (InactiveNumber n : byNumber.values()) {
                ChildRecord record = records.get(n.inactive());
                if (record == null) {
                    continue;
                }
                for (LocalAuthorityEntry e : record.entries()) {
                    recipients.putIfAbsent(e.localAuthorityCode(), named(e.localAuthority().organisation()));
                    perLa.computeIfAbsent(e.localAuthorityCode(), k -> new ArrayList<>()).add(
                            new InactiveSubject(n.inactive(), e.localChildId(), n.replacement(), e.uploadFileId()));
                }
            }
            List<InactiveNhsNumberNotification> out = new ArrayList<>();
            perLa.forEach((code, subjects) -> {
                InactiveNhsNumberNotification n = new InactiveNhsNumberNotification(ids.next(), now,
                        recipients.get(code), subjects);
                out.add(n);
                for (InactiveSubject subject : subjects) {
                    s.auditTrail().append(new AuditEvent(now, AuditAction.NOTIFICATION_CREATED, "cp-is", code,
                            subject.inactiveNhsNumber(), "inactive nhs number " + n.id() + " replacement "
                                    + subject.replacementIfKnown().map(NhsNumber::value).orElse("unknown")));
                }
            });
            return out;
        });
    }

    private Organisation named(Organisation o) {
        return organisations.nameOf(o.code()).map(name -> new Organisation(o.code(), name)).orElse(o);
    }
}
