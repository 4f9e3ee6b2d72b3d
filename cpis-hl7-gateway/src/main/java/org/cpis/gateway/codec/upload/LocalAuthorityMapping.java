package org.cpis.gateway.codec.upload;

import java.util.Arrays;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;

/**
 * The internal XML of the Local Authority of an upload ({@code communicationFunctionSnd}) or acknowledgement
 * ({@code communicationFunctionRcv}) to and from {@link UploadedLocalAuthority}. On the wire the emergency
 * duty number is the telecom whose use is {@code EC}, the office hours number the one whose use is {@code WP}
 * (the first of each; other uses are not CP-IS numbers); numbers are {@code tel:} URIs of digits, the
 * emergency duty number written first. Decoded numbers are the digits without {@code tel:}, an empty one
 * read as absent.
 */
final class LocalAuthorityMapping {

    static final String EMERGENCY_DUTY = "EC";
    static final String OFFICE_HOURS = "WP";

    private LocalAuthorityMapping() {
    }

    static UploadedLocalAuthority read(InternalReader la) {
        return read(UploadHeaderFields.LocalAuthorityFields.of(la));
    }

    static UploadedLocalAuthority read(UploadHeaderFields.LocalAuthorityFields la) {
        return new UploadedLocalAuthority(la.odsCode(), la.name(), phone(la, EMERGENCY_DUTY), phone(la, OFFICE_HOURS));
    }

    private static String phone(UploadHeaderFields.LocalAuthorityFields la, String use) {
        return la.telecoms().stream()
                .filter(t -> t.use() != null && Arrays.asList(t.use().split("\\s+")).contains(use))
                .map(UploadHeaderFields.Telecom::value)
                .findFirst()
                .map(v -> v.regionMatches(true, 0, "tel:", 0, 4) ? v.substring(4) : v)
                .filter(v -> !v.isBlank())
                .orElse(null);
    }

    /**
     * Writes the LA for an upload: every item must be writable, else {@link IllegalArgumentException} naming it
     * (the LA-side client checks its data before it encodes).
     */
    static void writeStrict(InternalWriter w, UploadedLocalAuthority la) {
        require(la.odsCode(), "the Local Authority's ODS code");
        require(la.name(), "the Local Authority's name");
        if (!TelephoneNumber.isValid(la.emergencyDutyPhone())) {
            throw new IllegalArgumentException("the emergency duty telephone number '" + la.emergencyDutyPhone()
                    + "' is not a telephone number");
        }
        if (!blank(la.officeHoursPhone()) && !TelephoneNumber.isValid(la.officeHoursPhone())) {
            throw new IllegalArgumentException("the office hours telephone number '" + la.officeHoursPhone()
                    + "' is not a telephone number");
        }
        write(w, asWritten(la));
    }

    /**
     * Writes the LA an acknowledgement goes to: ODS code and name are needed (cpis-sft names the mailbox's LA
     * when the file's own header could not be read); numbers that are not telephone numbers are left out, and
     * when none is left an empty emergency duty number ({@code tel:}) stands in, as the schema needs one.
     */
    static void writeLenient(InternalWriter w, UploadedLocalAuthority la) {
        require(la.odsCode(), "the acknowledgement's Local Authority ODS code");
        require(la.name(), "the acknowledgement's Local Authority name");
        write(w, asWritten(la));
    }

    /** The LA as the wire carries it back: ODS code and name trimmed, numbers as digits, invalid ones absent. */
    static UploadedLocalAuthority asWritten(UploadedLocalAuthority la) {
        return new UploadedLocalAuthority(la.odsCode() == null ? null : la.odsCode().strip(),
                la.name() == null ? null : la.name().strip().replaceAll("\\s+", " "),
                digits(la.emergencyDutyPhone()), digits(la.officeHoursPhone()));
    }

    private static void write(InternalWriter w, UploadedLocalAuthority la) {
        w.start("localAuthority").leaf("odsCode", la.odsCode()).leaf("name", la.name());
        telecom(w, la.emergencyDutyPhone(), EMERGENCY_DUTY);
        telecom(w, la.officeHoursPhone(), OFFICE_HOURS);
        if (la.emergencyDutyPhone() == null && la.officeHoursPhone() == null) {
            w.start("telecom").leaf("value", "tel:").leaf("use", EMERGENCY_DUTY).end();
        }
        w.end();
    }

    private static void telecom(InternalWriter w, String digits, String use) {
        if (digits != null) {
            w.start("telecom").leaf("value", "tel:" + digits).leaf("use", use).end();
        }
    }

    private static String digits(String phone) {
        return TelephoneNumber.isValid(phone) ? TelephoneNumber.of(phone).digits() : null;
    }

    private static void require(String value, String what) {
        if (blank(value)) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
