package org.cpis.gateway.codec.query;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * The NHS Query (QUPC_IN000006GB01) between wire and domain. Decoding: hardened parse and schema validation in
 * one pass, the {@code nhs-query-decode} stylesheet to internal XML, then the business rules the schema cannot
 * express (NHS number check digit, real dates, contentId naming the template that follows, the job role's
 * code system). Encoding: internal XML, then {@code nhs-query-encode}. Thread-safe.
 */
public final class NhsQueryCodec {

    static final String JOB_ROLE_CODE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.196";
    private static final String QUERY_PATH = "/QUPC_IN000006GB01/ControlActEvent/subject/CP-ISQueryStub/cP-ISNHSQuery";

    private final WireReader reader = new WireReader();
    private final XsltExecutable decode = Stylesheets.get("nhs-query-decode");
    private final XsltExecutable encode = Stylesheets.get("nhs-query-encode");

    public NhsQueryMessage decode(byte[] wire) {
        WireDocument doc = reader.read(wire, "nhs-query.xml", XmlLimits.MESSAGE);
        if (doc.root() != null && doc.isValid() && !NhsQueryMessage.INTERACTION.equals(doc.root().getLocalPart())) {
            throw new DecodeException(Problem.at(ProblemCode.WRONG_MESSAGE, "expected " + NhsQueryMessage.INTERACTION
                    + ", got " + doc.root().getLocalPart(), 1, 1, "/"));
        }
        InternalReader in = InternalReader.of(Transforms.toTree(decode, doc.validTree()));
        List<Problem> problems = new ArrayList<>();
        InternalReader q = in.required("query");
        checkAuthor(q.required("author"), problems);
        NhsNumber nhs = nhsNumber(q.requiredText("nhsNumber"), problems);
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
        try {
            var header = HeaderMapping.readHeader(in.required("header"));
            var controlAct = HeaderMapping.readControlAct(in.required("controlAct"));
            QueryAuthor author = AuthorMapping.read(q.required("author"));
            var effective = Hl7Time.parseInstant(q.requiredText("effectiveTime"));
            boolean record = !"false".equals(q.text("accessEventType"));
            return new NhsQueryMessage(header, controlAct,
                    new NhsQuery(HeaderMapping.uuid(q.requiredText("id")), nhs, effective, author, record));
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + e.getParsedString() + "': " + e.getMessage(), 0, 0, QUERY_PATH));
        } catch (InvalidValueException e) {
            problems.add(Problem.at(ProblemCode.VALUE, e.getMessage(), 0, 0, QUERY_PATH));
        }
        throw new DecodeException(problems);
    }

    private static NhsNumber nhsNumber(String text, List<Problem> problems) {
        if (!NhsNumber.isValid(text)) {
            problems.add(Problem.at(ProblemCode.NHS_NUMBER, "'" + text + "': " + NhsNumber.problemWith(text).message(),
                    0, 0, QUERY_PATH + "/queryByParameter/person.NHSnumber/value"));
            return null;
        }
        return NhsNumber.of(text);
    }

    private static void checkAuthor(InternalReader author, List<Problem> problems) {
        boolean person = "person".equals(author.requiredText("kind"));
        String expected = person ? AuthorMapping.PERSON_CONTENT_ID : AuthorMapping.SYSTEM_CONTENT_ID;
        if (!expected.equals(author.text("contentId"))) {
            problems.add(Problem.at(ProblemCode.CONTENT_ID, "'" + author.text("contentId") + "' but the element is "
                    + expected.replace('#', '.'), 0, 0, QUERY_PATH + "/author/contentId"));
        }
        if (person && author.text("userId") == null) {
            problems.add(Problem.at(ProblemCode.VALUE, "the author's first id must be the SDS user id (root "
                    + "1.2.826.0.1285.0.2.0.65 with an extension)", 0, 0,
                    QUERY_PATH + "/author/COCT_TP145102GB01.AssignedAuthor/id"));
        }
        if (person && !JOB_ROLE_CODE_SYSTEM.equals(author.text("roleCodeSystem"))) {
            problems.add(Problem.at(ProblemCode.CODE_SYSTEM, "job role codeSystem '" + author.text("roleCodeSystem")
                    + "', expected " + JOB_ROLE_CODE_SYSTEM, 0, 0, QUERY_PATH + "/author/COCT_TP145102GB01.AssignedAuthor/code"));
        }
    }

    public byte[] encode(NhsQueryMessage message) {
        InternalWriter w = new InternalWriter("nhsQuery");
        HeaderMapping.writeHeader(w, message.header());
        HeaderMapping.writeControlAct(w, message.controlAct());
        NhsQuery q = message.query();
        w.start("query")
                .leaf("id", HeaderMapping.wireUuid(q.queryId()))
                .leaf("effectiveTime", Hl7Time.format(q.queryTime()))
                .leaf("nhsNumber", q.nhsNumber().value())
                .leaf("accessEventType", q.recordAccess() ? null : "false");
        AuthorMapping.write(w, q.author());
        w.end();
        XdmNode internal = w.build();
        return Transforms.toBytes(encode, internal);
    }
}
