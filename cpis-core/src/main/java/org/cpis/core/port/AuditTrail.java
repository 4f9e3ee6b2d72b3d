package org.cpis.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.audit.AuditSubject;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;

/**
 * The tamper-evident audit trail (CP-IS073-076, 081): append-only; every later edit or deletion of a row
 * is detectable by {@link #verify()}.
 */
public interface AuditTrail {

    /**
     * Appends one event. Appends are serialised across the whole service (one chain), so a use case should
     * append last in its transaction and gather many events into one {@link #appendAll}.
     */
    void append(AuditEvent event);

    /** Appends several events in order, in one go (an upload's records). */
    void appendAll(List<AuditEvent> events);

    /** Matching entries, oldest first, at most {@code query.limit()}. */
    List<AuditEntry> find(AuditQuery query);

    /** The number of events of an action in {@code from <= at < to}; both bounds are required. */
    long count(AuditAction action, Instant from, Instant to);

    /** The distinct actor organisations of an action's events in {@code from <= at < to}; both bounds required. */
    Set<OdsCode> organisations(AuditAction action, Instant from, Instant to);

    /** Walks the whole chain and reports the first row that does not follow. */
    AuditVerification verify();

    /** Remembers (or updates) the date of birth that decides how long a subject's rows are kept. */
    void registerSubject(NhsNumber nhsNumber, LocalDate birthDate);

    /** Every subject the trail holds rows about and has not redacted yet. */
    List<AuditSubject> subjects();

    /** Empties the detail of every row about a subject, keeping the chain verifiable; returns how many. */
    int redact(NhsNumber subject);
}
