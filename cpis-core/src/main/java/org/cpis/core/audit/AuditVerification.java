package org.cpis.core.audit;

/**
 * The result of walking the audit hash chain.
 *
 * @param entriesChecked  how many rows were walked
 * @param firstBrokenAt   sequence number of the first row whose hash does not follow, or -1 when intact
 * @param problem         what was wrong there, or {@code null}
 */
public record AuditVerification(long entriesChecked, long firstBrokenAt, String problem) {

    public static AuditVerification intact(long entriesChecked) {
        return new AuditVerification(entriesChecked, -1, null);
    }

    public boolean isIntact() {
        return firstBrokenAt < 0;
    }
}
