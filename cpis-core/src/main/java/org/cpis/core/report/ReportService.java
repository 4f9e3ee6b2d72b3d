package org.cpis.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.audit.EntrySnapshot;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.Transactions;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.rules.StaleChildProtectionPlanRule;

/** The service's reports (CP-IS075, CP-IS077, CP-IS079-081). Read-only. */
public final class ReportService {

    private static final Set<AuditAction> STATE_CHANGES =
            Set.of(AuditAction.RECORD_STORED, AuditAction.RECORD_AUTO_END_DATED, AuditAction.RECORD_PURGED);

    private final Transactions transactions;
    private final Clock clock;
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();
    private final StaleChildProtectionPlanRule staleRule = new StaleChildProtectionPlanRule();

    public ReportService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** CP-IS077 for the period {@code [from, to]}, days inclusive, in Europe/London. */
    public ServiceCounts serviceCounts(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        LocalDate today = ServiceCalendar.today(clock);
        Instant start = from.atStartOfDay(ServiceCalendar.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant();
        return transactions.inTransaction(s -> {
            Map<OdsCode, Organisation> providers = new TreeMap<>();
            Set<NhsNumber> children = new HashSet<>();
            Map<PlanType, Long> current = zeroes();
            Map<PlanType, Long> inPeriod = zeroes();
            Map<OdsCode, Map<PlanType, Long>> perLa = new TreeMap<>();
            s.records().forEachEntry(e -> {
                for (Plan p : e.plans()) {
                    if (visibility.isVisible(p, e.birthDate(), today)) {
                        providers.putIfAbsent(e.localAuthorityCode(), e.localAuthority().organisation());
                        children.add(e.nhsNumber());
                        current.merge(p.type(), 1L, Long::sum);
                        perLa.computeIfAbsent(e.localAuthorityCode(), k -> zeroes()).merge(p.type(), 1L, Long::sum);
                    }
                    if (overlaps(p, e.birthDate(), from, to)) {
                        inPeriod.merge(p.type(), 1L, Long::sum);
                    }
                }
            });
            long queries = s.auditTrail().count(AuditAction.RECORD_ACCESSED, start, end)
                    + s.auditTrail().count(AuditAction.QUERY_NOT_FOUND, start, end);
            Set<OdsCode> orgs = new HashSet<>(s.auditTrail().organisations(AuditAction.RECORD_ACCESSED, start, end));
            orgs.addAll(s.auditTrail().organisations(AuditAction.QUERY_NOT_FOUND, start, end));
            return new ServiceCounts(from, to, new ArrayList<>(providers.values()), children.size(), providers.size(),
                    current, inPeriod, queries, orgs.size(), perLa);
        });
    }

    private boolean overlaps(Plan p, LocalDate birthDate, LocalDate from, LocalDate to) {
        LocalDate start = p.startDate().orElseThrow();
        LocalDate endOrOpen = visibility.effectiveEndDate(p, birthDate).orElse(LocalDate.MAX);
        return !start.isAfter(to) && !endOrOpen.isBefore(from);
    }

    private static Map<PlanType, Long> zeroes() {
        Map<PlanType, Long> m = new EnumMap<>(PlanType.class);
        for (PlanType t : PlanType.values()) {
            m.put(t, 0L);
        }
        return m;
    }

    /** CP-IS079: everything held about one NHS number. */
    public SubjectAccessReport subjectAccessReport(NhsNumber nhsNumber) {
        Instant now = clock.instant();
        return transactions.inTransaction(s -> new SubjectAccessReport(nhsNumber, now,
                s.records().find(nhsNumber).entries(), s.accessLog().history(nhsNumber),
                s.auditTrail().find(AuditQuery.forSubject(nhsNumber))));
    }

    /** CP-IS080: CPPs open for two years or more with neither end nor delete date. */
    public List<StalePlan> staleChildProtectionPlans() {
        LocalDate today = ServiceCalendar.today(clock);
        return transactions.inTransaction(s -> {
            List<StalePlan> stale = new ArrayList<>();
            s.records().forEachEntry(e -> e.plan(PlanType.CPP)
                    .filter(p -> staleRule.isStale(p, today))
                    .ifPresent(p -> stale.add(new StalePlan(e.nhsNumber(), e.localAuthority().organisation(),
                            e.localChildId(), p.startDate().orElseThrow()))));
            return stale;
        });
    }

    /** CP-IS081: who viewed or changed which record, when and from where. */
    public List<AuditEntry> activity(AuditQuery query) {
        return transactions.inTransaction(s -> s.auditTrail().find(query));
    }

    /** CP-IS075: whether the record of an NHS number could have been retrieved at {@code at}. */
    public Presence presenceAt(NhsNumber nhsNumber, Instant at) {
        // up to and including {@code at}: the trail keeps instants to the microsecond
        AuditQuery query = new AuditQuery(nhsNumber, null, null, STATE_CHANGES, null, at.plus(1, ChronoUnit.MICROS),
                Integer.MAX_VALUE);
        List<AuditEntry> history = transactions.inTransaction(s -> s.auditTrail().find(query));
        Map<OdsCode, LocalAuthorityEntry> state = new LinkedHashMap<>();
        for (AuditEntry a : history) {
            if (a.redacted()) {
                return Presence.UNKNOWN_REDACTED;
            }
            LocalAuthorityEntry snapshot = EntrySnapshot.parse(a.event().detail());
            if (a.event().action() == AuditAction.RECORD_PURGED) {
                state.remove(snapshot.localAuthorityCode());
            } else {
                state.put(snapshot.localAuthorityCode(), snapshot);
            }
        }
        LocalDate day = ServiceCalendar.dateOf(at);
        return state.values().stream().anyMatch(e -> visibility.hasVisiblePlan(e, day))
                ? Presence.PRESENT : Presence.ABSENT;
    }
}
