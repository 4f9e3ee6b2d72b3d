package org.cpis.store.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.store.jooq.tables.records.AuditEventRecord;

/**
 * One row of {@code audit_event} exactly as stored: the values are kept as text so that a row edited by hand,
 * even into nonsense, can still be checked against its hashes.
 */
record AuditRow(long sequence, Instant at, String action, String actor, String actorOrganisation, String subjectNhs,
                String detail, String detailHash, String contentHash, String previousHash, String rowHash,
                boolean redacted) {

    /**
     * The event as the next link of the chain. Its time is cut to the microsecond, the precision PostgreSQL
     * keeps, so that the hashes are of exactly what is stored.
     */
    static AuditRow chained(AuditEvent event, long sequence, String previousHash) {
        Instant at = event.at().truncatedTo(ChronoUnit.MICROS);
        String organisation = event.organisationIfAny().map(OdsCode::value).orElse(null);
        String subject = event.subjectIfAny().map(NhsNumber::value).orElse(null);
        String detailHash = AuditHashes.ofDetail(event.detail());
        String contentHash = AuditHashes.ofContent(at, event.action().name(), event.actor(), organisation, subject,
                detailHash);
        return new AuditRow(sequence, at, event.action().name(), event.actor(), organisation, subject, event.detail(),
                detailHash, contentHash, previousHash, AuditHashes.ofRow(previousHash, sequence, contentHash), false);
    }

    static AuditRow of(AuditEventRecord r) {
        return new AuditRow(r.getSequence(), r.getAt(), r.getAction(), r.getActor(), r.getActorOrg(), r.getSubjectNhs(),
                r.getDetail(), r.getDetailHash(), r.getContentHash(), r.getPrevHash(), r.getRowHash(), r.getRedacted());
    }

    AuditEventRecord toRecord() {
        return new AuditEventRecord(sequence, at, action, actor, actorOrganisation, subjectNhs, detail, detailHash,
                contentHash, previousHash, rowHash, redacted);
    }

    AuditEntry toEntry() {
        return new AuditEntry(sequence, new AuditEvent(at, AuditAction.valueOf(action), actor,
                actorOrganisation == null ? null : new OdsCode(actorOrganisation),
                subjectNhs == null ? null : new NhsNumber(subjectNhs), detail), redacted);
    }

    /** The content hash the row's present values give. */
    String recomputedContentHash() {
        return AuditHashes.ofContent(at, action, actor, actorOrganisation, subjectNhs, detailHash);
    }

    /** The row hash the row's present previous hash, sequence and content hash give. */
    String recomputedRowHash() {
        return AuditHashes.ofRow(previousHash, sequence, contentHash);
    }
}
