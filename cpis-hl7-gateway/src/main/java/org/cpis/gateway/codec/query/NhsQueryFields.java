package org.cpis.gateway.codec.query;

import java.util.List;
import org.cpis.gateway.codec.AuthorFields;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.HeaderFields;
import org.cpis.gateway.codec.InternalReader;

/**
 * An NHS Query as read off a schema-valid message, before the rules the schema cannot express: each value as
 * the wire carries it, {@code null} when absent or empty. The stylesheet decoder ({@link #of(InternalReader)})
 * and the event decoder ({@link NhsQueryEvents}) both give one, and {@link NhsQueryRules} makes the message of
 * it, so that both apply the very same rules.
 *
 * @param authorAsids     the control act's author1 ASIDs, as sent
 * @param person          the control act's smartcard user, or {@code null}
 * @param accessEventType {@code accessEventType/@value} (Patch D silent read), {@code null} when not sent
 */
record NhsQueryFields(HeaderFields header, List<String> authorAsids, ControlAct.SdsPerson person, String queryId,
                      String effectiveTime, String nhsNumber, String accessEventType, AuthorFields author) {

    NhsQueryFields {
        authorAsids = List.copyOf(authorAsids);
    }

    /** The fields of the {@code nhs-query-decode} stylesheet's internal XML. */
    static NhsQueryFields of(InternalReader in) {
        InternalReader controlAct = in.required("controlAct");
        ControlAct.SdsPerson person = controlAct.child("person")
                .map(p -> new ControlAct.SdsPerson(p.text("roleProfileId"), p.text("userId"), p.text("jobRoleId")))
                .orElse(null);
        InternalReader q = in.required("query");
        return new NhsQueryFields(HeaderFields.of(in.required("header")), controlAct.texts("authorAsid"), person,
                q.text("id"), q.text("effectiveTime"), q.text("nhsNumber"), q.text("accessEventType"),
                AuthorFields.of(q.required("author")));
    }
}
