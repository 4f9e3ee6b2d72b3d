package org.cpis.gateway.codec.notification;

import java.util.List;
import org.cpis.core.model.NhsNumber;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.ProblemCode;

/**
 * A child as a notification names it: an {@code id}/{@code value} list of one or two identifiers, which must
 * be exactly one NHS number (root 2.16.840.1.113883.2.1.4.1) and at most one of the LA's local ids (root
 * 2.16.840.1.113883.2.1.3.2.4.18.24), in either order. The decoding stylesheets turn the roots into
 * {@code nhsNumber} and {@code localId} elements.
 *
 * @param localId the LA's own child id, or {@code null} when not sent
 */
record PersonIdentifiers(NhsNumber nhsNumber, String localId) {

    /** The identifiers under {@code holder}, or {@code null} after recording why they are not (CPIS-C025, C010). */
    static PersonIdentifiers read(InternalReader holder, NotificationChecks checks, String path) {
        List<String> nhsNumbers = holder.texts("nhsNumber");
        List<String> localIds = holder.texts("localId");
        if (nhsNumbers.size() != 1 || localIds.size() > 1) {
            checks.add(ProblemCode.PERSON_IDS, "found " + nhsNumbers.size() + " NHS number(s) and " + localIds.size()
                    + " local id(s)", path);
            return null;
        }
        NhsNumber nhs = checks.nhsNumber(nhsNumbers.get(0), path);
        return nhs == null ? null : new PersonIdentifiers(nhs, localIds.isEmpty() ? null : localIds.get(0));
    }
}
