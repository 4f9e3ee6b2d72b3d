package org.cpis.core.upload;

import java.util.Optional;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.TelephoneNumber;

/**
 * The sending Local Authority exactly as an upload file names it (communicationFunctionSnd), before any
 * check. {@link #validated()} gives the domain value when every mandatory item is present and well formed.
 */
public record UploadedLocalAuthority(String odsCode, String name, String emergencyDutyPhone, String officeHoursPhone) {

    public Optional<LocalAuthority> validated() {
        if (!OdsCode.isValid(odsCode) || name == null || name.isBlank() || !TelephoneNumber.isValid(emergencyDutyPhone)) {
            return Optional.empty();
        }
        if (officeHoursPhone != null && !officeHoursPhone.isBlank() && !TelephoneNumber.isValid(officeHoursPhone)) {
            return Optional.empty();
        }
        TelephoneNumber office = officeHoursPhone == null || officeHoursPhone.isBlank()
                ? null : TelephoneNumber.of(officeHoursPhone);
        return Optional.of(new LocalAuthority(OdsCode.of(odsCode), name.strip(), TelephoneNumber.of(emergencyDutyPhone),
                office));
    }

    public Optional<OdsCode> code() {
        return OdsCode.isValid(odsCode) ? Optional.of(OdsCode.of(odsCode)) : Optional.empty();
    }
}
