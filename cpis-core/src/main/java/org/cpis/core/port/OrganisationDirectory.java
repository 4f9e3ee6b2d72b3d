package org.cpis.core.port;

import java.util.Optional;
import org.cpis.core.model.OdsCode;

/** ODS codes to display names (CP-IS008). */
public interface OrganisationDirectory {

    Optional<String> nameOf(OdsCode code);
}
