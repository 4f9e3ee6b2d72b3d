package org.cpis.gateway.codec.upload;

import java.util.List;
import org.cpis.gateway.codec.InternalReader;

/**
 * The header of an LA Upload as read, before any rule, the way {@code la-upload-decode.xsl} reads it: each value
 * as the wire carries it, {@code null} when absent or empty. What both ways of decoding give {@link HeaderReading}.
 */
record UploadHeaderFields(String creationTime, String sequenceId, String declaredRecordCount,
                          LocalAuthorityFields localAuthority) {

    /** The {@code header} element of the stylesheet's internal XML. */
    static UploadHeaderFields of(InternalReader header) {
        return new UploadHeaderFields(header.text("creationTime"), header.text("sequenceId"),
                header.text("declaredRecordCount"), LocalAuthorityFields.of(header.required("localAuthority")));
    }

    /**
     * A Local Authority organisation ({@code communicationFunctionSnd/organisation}, or {@code communicationFunctionRcv}
     * in an acknowledgement): its id's extension, its name (normalised) and every telecom's value and use.
     */
    record LocalAuthorityFields(String odsCode, String name, List<Telecom> telecoms) {

        LocalAuthorityFields {
            telecoms = List.copyOf(telecoms);
        }

        static LocalAuthorityFields of(InternalReader la) {
            return new LocalAuthorityFields(la.text("odsCode"), la.text("name"), la.children("telecom").stream()
                    .map(t -> new Telecom(t.text("value"), t.text("use"))).toList());
        }
    }

    /** A {@code telecom}: its {@code value} and {@code use}, {@code null} when absent or empty. */
    record Telecom(String value, String use) {
    }
}
