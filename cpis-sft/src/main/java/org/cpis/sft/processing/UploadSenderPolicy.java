package org.cpis.sft.processing;

import java.util.Optional;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.model.OdsCode;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * Issue 5 section 3: an upload is applied only for the Local Authority whose mailbox sent it. The file names its
 * LA in {@code communicationFunctionSnd}; the mailbox belongs to one LA (its ODS code).
 * <ul>
 *   <li>{@link Verdict#SAME_LA}: the file's ODS code is the mailbox's LA - processed;</li>
 *   <li>{@link Verdict#ANOTHER_LA}: the file names a well-formed ODS code of another LA - refused, nothing
 *       read further;</li>
 *   <li>{@link Verdict#NO_LA}: the file's ODS code is missing or malformed - processed, and the core refuses every
 *       record (CPR07/CPRD05) since a record needs its LA's code; nothing can be stored for nobody.</li>
 * </ul>
 */
public final class UploadSenderPolicy {

    public enum Verdict {
        SAME_LA, ANOTHER_LA, NO_LA
    }

    public Verdict judge(UploadedLocalAuthority named, Mailbox sender) {
        Optional<OdsCode> code = named == null ? Optional.empty() : named.code();
        if (code.isEmpty()) {
            return Verdict.NO_LA;
        }
        return code.get().equals(sender.localAuthority()) ? Verdict.SAME_LA : Verdict.ANOTHER_LA;
    }
}
