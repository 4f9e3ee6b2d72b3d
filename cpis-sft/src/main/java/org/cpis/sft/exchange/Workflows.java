package org.cpis.sft.exchange;

import java.util.Objects;

/**
 * The MESH workflow id of each CP-IS message kind. The national CP-IS workflow ids are not published (see
 * docs/WIRE-FORMAT.md), so each is a setting; the defaults follow MESH's convention of {@code _ACK} for a business
 * acknowledgement.
 */
public record Workflows(String upload, String acknowledgement, String accessToService, String inactiveNhsNumbers) {

    public static final Workflows DEFAULTS = new Workflows("CPIS_UPLOAD", "CPIS_UPLOAD_ACK", "CPIS_ACCESS_TO_SERVICE",
            "CPIS_INACTIVE_NHS_NUMBERS");

    public Workflows {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(accessToService, "accessToService");
        Objects.requireNonNull(inactiveNhsNumbers, "inactiveNhsNumbers");
    }

    /** Whether the service knows this workflow id at all (in either direction). */
    public boolean knows(String workflowId) {
        return upload.equals(workflowId) || acknowledgement.equals(workflowId) || accessToService.equals(workflowId)
                || inactiveNhsNumbers.equals(workflowId);
    }
}
