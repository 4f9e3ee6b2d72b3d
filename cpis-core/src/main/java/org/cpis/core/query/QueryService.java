package org.cpis.core.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.OrganisationDirectory;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.cpis.core.rules.AccessHistoryCondenser;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.rules.UnbornPlanAccessPolicy;

/**
 * Answers an NHS Query (CP-IS013-016, CP-IS026, CP-IS041, CP-IS044, CP-IS046-048, CP-IS051, CP-IS067-069,
 * CP-IS073). In one transaction: read the record, keep what is visible today and to this author (unborn
 * plans only for midwife roles), and - only when something is visible - store the access event, then read the
 * history that now includes it and condense it for display. A negative trace stores no access event.
 */
public final class QueryService {

    private final Transactions transactions;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final UnbornPlanAccessPolicy unbornPolicy;
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();
    private final AccessHistoryCondenser condenser = new AccessHistoryCondenser();

    public QueryService(Transactions transactions, OrganisationDirectory organisations, Clock clock,
                        UnbornPlanAccessPolicy unbornPolicy) {
        this.transactions = transactions;
        this.organisations = organisations;
        this.clock = clock;
        this.unbornPolicy = unbornPolicy;
    }

    public QueryResult query(NhsQuery query) {
        Instant now = clock.instant();
        LocalDate today = ServiceCalendar.dateOf(now);
        boolean maySeeUnborn = unbornPolicy.maySeeUnbornPlans(query.author());
        QueryResult result = transactions.inTransaction(s -> {
            ChildRecord record = s.records().find(query.nhsNumber());
            List<VisibleEntry> visible = new ArrayList<>();
            for (LocalAuthorityEntry entry : record.entries()) {
                List<Plan> plans = entry.plans().stream()
                        .filter(p -> visibility.isVisible(p, entry.birthDate(), today))
                        .filter(p -> maySeeUnborn || p.type() != PlanType.UCPP)
                        .map(p -> visibility.asShown(p, entry.birthDate(), today))
                        .toList();
                if (!plans.isEmpty()) {
                    visible.add(new VisibleEntry(entry.localAuthority(), plans));
                }
            }
            if (visible.isEmpty()) {
                audit(s, query, now, AuditAction.QUERY_NOT_FOUND, "query " + query.queryId() + " nothing visible");
                return new QueryResult.NotFound(query.nhsNumber(), now);
            }
            return found(s, query, visible, now);
        });
        // names are looked up after the transaction: the directory takes a connection of its own, and holding two
        // at once lets concurrent queries starve the pool
        return result instanceof QueryResult.Found found ? withDirectoryNames(found) : result;
    }

    private QueryResult.Found withDirectoryNames(QueryResult.Found found) {
        List<VisibleEntry> named = found.entries().stream()
                .map(v -> new VisibleEntry(named(v.localAuthority()), v.plans()))
                .toList();
        return new QueryResult.Found(found.nhsNumber(), named, found.accessHistory(), found.respondedAt());
    }

    private QueryResult found(StoreSession s, NhsQuery query, List<VisibleEntry> visible, Instant now) {
        String shownLas = visible.stream().map(v -> v.localAuthority().code().value()).collect(Collectors.joining(","));
        if (query.recordAccess()) {
            s.accessLog().record(new AccessEvent(query.queryId(), query.nhsNumber(), now, query.queryTime(),
                    query.author()));
        }
        List<AccessEvent> history = condenser.forDisplay(s.accessLog().history(query.nhsNumber()));
        // the audit append takes the audit chain's lock: do it last in the transaction
        audit(s, query, now, AuditAction.RECORD_ACCESSED, "query " + query.queryId() + " by "
                + query.author().displayName() + (query.recordAccess() ? "" : " (silent read)") + " shown LAs " + shownLas);
        return new QueryResult.Found(query.nhsNumber(), visible, history, now);
    }

    /** CP-IS008: the LA's name as ODS knows it, when the directory knows the code. */
    private LocalAuthority named(LocalAuthority la) {
        return organisations.nameOf(la.code())
                .filter(name -> !name.equals(la.name()))
                .map(name -> new LocalAuthority(la.code(), name, la.emergencyDutyPhone(), la.officeHoursPhone()))
                .orElse(la);
    }

    private static void audit(StoreSession s, NhsQuery q, Instant now, AuditAction action, String detail) {
        s.auditTrail().append(new AuditEvent(now, action, q.author().workerKey(), q.author().organisation().code(),
                q.nhsNumber(), detail + " from " + q.author().organisation().name()));
    }
}
