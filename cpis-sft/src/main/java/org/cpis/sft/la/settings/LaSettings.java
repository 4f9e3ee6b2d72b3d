package org.cpis.sft.la.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * Everything the LA-side client needs to know about the Local Authority it runs for, read from its settings file
 * ({@link LaSettingsFile}).
 *
 * @param localAuthority    the LA as every upload names it: ODS code, name, emergency-duty and office-hours numbers
 * @param lacLegalStatuses  which local looked-after legal-status codes are sent (s31, s38, s20 only)
 * @param mesh              mailbox ids and workflow ids
 * @param transport         how files travel ({@code folder}: a MESH client's folders; {@code mesh-api}: the MESH API)
 * @param transportFolder   for the folder transport: the mailbox's folder (the MESH client's InterfaceRoot), holding
 *                          {@code OUT/} and {@code IN/}
 * @param stateFolder       where the client keeps what it sent, its upload files and what it received
 * @param exportFile        the export read by {@code build} when none is named, or {@code null}
 * @param resubmitAfter     an upload with no acknowledgement after this long is sent again (CP-SC017; 15 hours)
 * @param firstSequenceId   the sequence id of the first upload file (for an LA that sent files before)
 * @param maxRecordsPerFile how many records at most go in one upload file
 * @param sendingEnabled    CP-SC014: sending can be switched off by the children's social care team
 * @param meshApi           for the MESH API transport: the server's address, the mailbox's credentials and the TLS
 *                          keys; {@code null} for the folder transport
 */
public record LaSettings(UploadedLocalAuthority localAuthority, LacLegalStatuses lacLegalStatuses, MeshAddresses mesh,
                         String transport, Path transportFolder, Path stateFolder, Path exportFile,
                         Duration resubmitAfter, long firstSequenceId, int maxRecordsPerFile,
                         boolean sendingEnabled, MeshApiSettings meshApi) {

    /** CP-SC017: resubmit after 15 hours without an acknowledgement. */
    public static final Duration DEFAULT_RESUBMIT_AFTER = Duration.ofHours(15);
    public static final int DEFAULT_MAX_RECORDS_PER_FILE = 500;

    public LaSettings {
        Objects.requireNonNull(localAuthority, "localAuthority");
        Objects.requireNonNull(lacLegalStatuses, "lacLegalStatuses");
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(stateFolder, "stateFolder");
        Objects.requireNonNull(resubmitAfter, "resubmitAfter");
    }

    /** The LA's ODS code. */
    public String odsCode() {
        return localAuthority.odsCode();
    }

    /**
     * The LA's own contact details in one string: when it differs from the one a child was last sent with, the
     * child is sent again (a change of contact details resubmits every record).
     */
    public String contactFingerprint() {
        return String.join("|", localAuthority.odsCode(), localAuthority.name(), localAuthority.emergencyDutyPhone(),
                localAuthority.officeHoursPhone() == null ? "" : localAuthority.officeHoursPhone());
    }
}
