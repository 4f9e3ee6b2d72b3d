package org.cpis.store.audit;

import org.cpis.core.audit.AuditVerification;

/**
 * Walks the audit rows in sequence order and finds the first one that does not follow: a missing row (a gap
 * in the sequence), a row that does not link to the one before it, a detail or other content that no longer
 * matches its hashes, or an edited row hash; at the end, rows missing after the last one read.
 */
final class AuditChainCheck {

    private long nextSequence = 1;
    private String previousHash = AuditHashes.GENESIS;
    private long walked;
    private AuditVerification broken;

    /** Checks the next row; returns false once the chain is broken, when there is no need to read further. */
    boolean follows(AuditRow row) {
        walked++;
        long n = row.sequence();
        if (n != nextSequence) {
            return brokenAt(nextSequence, "row " + nextSequence + " is missing: the trail goes from row "
                    + (nextSequence - 1) + " to row " + n + " (rows were deleted)");
        }
        if (!row.previousHash().equals(previousHash)) {
            return brokenAt(n, "row " + n + " does not link to row " + (n - 1)
                    + ": its previous-row hash differs from that row's hash (one of the two was changed)");
        }
        if (row.redacted() && !row.detail().isEmpty()) {
            return brokenAt(n, "row " + n + " is marked redacted but still has a detail");
        }
        if (!row.redacted() && !AuditHashes.ofDetail(row.detail()).equals(row.detailHash())) {
            return brokenAt(n, "row " + n + ": its detail was changed after it was written");
        }
        if (!row.recomputedContentHash().equals(row.contentHash())) {
            return brokenAt(n, "row " + n + ": its time, action, actor, organisation or subject (or its content hash)"
                    + " was changed after it was written");
        }
        if (!row.recomputedRowHash().equals(row.rowHash())) {
            return brokenAt(n, "row " + n + ": its row hash was changed after it was written");
        }
        previousHash = row.rowHash();
        nextSequence++;
        return true;
    }

    /** The verdict, given the sequence and hash of the last row appended (the chain head). */
    AuditVerification result(long headSequence, String headHash) {
        if (broken != null) {
            return broken;
        }
        long last = nextSequence - 1;
        if (last < headSequence) {
            return new AuditVerification(walked, nextSequence, "the trail ends at row " + last + " but "
                    + headSequence + " rows were written: the rows after row " + last + " were deleted");
        }
        if (!previousHash.equals(headHash)) {
            return new AuditVerification(walked, last, "row " + last
                    + " is the last row but its hash differs from the one recorded when it was appended");
        }
        return AuditVerification.intact(walked);
    }

    private boolean brokenAt(long sequence, String problem) {
        broken = new AuditVerification(walked, sequence, problem);
        return false;
    }
}
