package org.cpis.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditRetentionPolicy;
import org.cpis.core.audit.AuditSubject;
import org.cpis.core.audit.EntrySnapshot;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.port.DemographicsUnavailableException;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.cpis.core.rules.ChildAge;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.core.rules.ServiceCalendar;

/**
 * The daily retention sweep, in one transaction:
 * <ol>
 *   <li>CP-IS030: an open CPP or LAC of a child who has reached 18 is end-dated at the 18th birthday, so the
 *       stored record says what the rules already show;</li>
 *   <li>CP-IS009-011, CP-IS032-033: an entry none of whose plans is visible any more is removed (visibility
 *       never comes back as days pass); its last state stays in the audit trail (CP-IS075);</li>
 *   <li>CP-IS039: when no entry is left for an NHS number, its access events are removed (each is also in the
 *       audit trail);</li>
 *   <li>CP-IS076: audit rows about a child whose record is gone are redacted once their retention ends (26th
 *       birthday, or 8 years after death as PDS reports it).</li>
 * </ol>
 */
public final class RetentionService {

    private static final String ACTOR = "cp-is:retention";

    private final Transactions transactions;
    private final Demographics demographics;
    private final Clock clock;
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();
    private final AuditRetentionPolicy auditRetention = new AuditRetentionPolicy();

    public RetentionService(Transactions transactions, Demographics demographics, Clock clock) {
        this.transactions = transactions;
        this.demographics = demographics;
        this.clock = clock;
    }

    public RetentionSweepResult sweep() {
        Instant now = clock.instant();
        LocalDate today = ServiceCalendar.dateOf(now);
        return transactions.inTransaction(s -> {
            List<LocalAuthorityEntry> toPurge = new ArrayList<>();
            List<LocalAuthorityEntry> toEndDate = new ArrayList<>();
            s.records().forEachEntry(e -> {
                if (!visibility.hasVisiblePlan(e, today)) {
                    toPurge.add(e);
                } else if (needsEighteenthBirthdayEndDate(e, today)) {
                    toEndDate.add(e);
                }
            });
            for (LocalAuthorityEntry e : toEndDate) {
                LocalAuthorityEntry ended = endDatedAtEighteen(e);
                s.records().replace(ended);
                s.auditTrail().append(new AuditEvent(now, AuditAction.RECORD_AUTO_END_DATED, ACTOR,
                        e.localAuthorityCode(), e.nhsNumber(), EntrySnapshot.format(ended)));
            }
            int accessEvents = 0;
            for (LocalAuthorityEntry e : toPurge) {
                s.records().remove(e.nhsNumber(), e.localAuthorityCode());
                s.auditTrail().append(new AuditEvent(now, AuditAction.RECORD_PURGED, ACTOR, e.localAuthorityCode(),
                        e.nhsNumber(), EntrySnapshot.format(e)));
            }
            for (NhsNumber gone : toPurge.stream().map(LocalAuthorityEntry::nhsNumber).distinct().toList()) {
                if (s.records().find(gone).isEmpty()) {
                    accessEvents += s.accessLog().removeAll(gone);
                }
            }
            int[] redaction = redactExpiredAudit(s, now, today);
            return new RetentionSweepResult(toEndDate.size(), toPurge.size(), accessEvents, redaction[0], redaction[1]);
        });
    }

    private boolean needsEighteenthBirthdayEndDate(LocalAuthorityEntry e, LocalDate today) {
        return e.birthDate() != null
                && !today.isBefore(ChildAge.eighteenthBirthday(e.birthDate()))
                && e.plans().stream().anyMatch(p -> p.type() != PlanType.UCPP && p.end() == null);
    }

    private static LocalAuthorityEntry endDatedAtEighteen(LocalAuthorityEntry e) {
        LocalDateTime eighteenth = LocalDateTime.of(ChildAge.eighteenthBirthday(e.birthDate()), LocalTime.MIDNIGHT);
        List<Plan> plans = e.plans().stream()
                .map(p -> p.type() != PlanType.UCPP && p.end() == null ? p.withEnd(eighteenth) : p)
                .toList();
        return e.withPlans(plans);
    }

    /** Returns {redacted, undecided}. */
    private int[] redactExpiredAudit(StoreSession s, Instant now, LocalDate today) {
        List<AuditSubject> candidates = s.auditTrail().subjects().stream()
                .filter(a -> s.records().find(a.nhsNumber()).isEmpty())
                .toList();
        if (candidates.isEmpty()) {
            return new int[] {0, 0};
        }
        Optional<Map<NhsNumber, DemographicsRecord>> people = deathRecords(candidates);
        int redacted = 0;
        int undecided = 0;
        for (AuditSubject a : candidates) {
            LocalDate death = people.map(m -> m.get(a.nhsNumber())).map(DemographicsRecord::deathDate).orElse(null);
            if (auditRetention.mayRedact(a.birthDate(), death, today)) {
                if (people.isEmpty() && death == null) {
                    undecided++;
                    continue;
                }
                int rows = s.auditTrail().redact(a.nhsNumber());
                s.auditTrail().append(new AuditEvent(now, AuditAction.AUDIT_REDACTED, ACTOR, null, null,
                        rows + " rows of a subject redacted at the end of retention"));
                redacted++;
            }
        }
        return new int[] {redacted, undecided};
    }

    private Optional<Map<NhsNumber, DemographicsRecord>> deathRecords(List<AuditSubject> candidates) {
        try {
            return Optional.of(demographics.lookupAll(
                    candidates.stream().map(AuditSubject::nhsNumber).collect(Collectors.toList())));
        } catch (DemographicsUnavailableException e) {
            return Optional.empty();
        }
    }
}
