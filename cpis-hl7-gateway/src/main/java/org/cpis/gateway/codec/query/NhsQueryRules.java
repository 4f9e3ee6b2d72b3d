package org.cpis.gateway.codec.query;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.AuthorFields;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.WireText;

/**
 * The rules of an NHS Query the schema cannot express, applied to the fields read off a schema-valid message:
 * the NHS number's check digit (CPIS-C010), the author's contentId naming the template that follows (CPIS-C016),
 * a person author's SDS user id (CPIS-C021) and job role code system (CPIS-C017), then real dates and times
 * (CPIS-C011) and values the domain allows (CPIS-C021). Every problem of the first group is reported at once.
 */
final class NhsQueryRules {

    static final String JOB_ROLE_CODE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.196";
    private static final String QUERY_PATH = "/QUPC_IN000006GB01/ControlActEvent/subject/CP-ISQueryStub/cP-ISNHSQuery";

    private NhsQueryRules() {
    }

    /** The message the fields make, or a {@link DecodeException} with what is wrong with them. */
    static NhsQueryMessage message(NhsQueryFields q) {
        List<Problem> problems = new ArrayList<>();
        checkAuthor(q.author(), problems);
        NhsNumber nhs = nhsNumber(WireText.required(q.nhsNumber(), "nhsNumber"), problems);
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
        try {
            var header = HeaderMapping.readHeader(q.header());
            var controlAct = new ControlAct(q.authorAsids(), q.person());
            QueryAuthor author = AuthorMapping.read(q.author());
            var effective = Hl7Time.parseInstant(WireText.required(q.effectiveTime(), "effectiveTime"));
            boolean record = !"false".equals(q.accessEventType());
            return new NhsQueryMessage(header, controlAct, new NhsQuery(
                    HeaderMapping.uuid(WireText.required(q.queryId(), "id")), nhs, effective, author, record));
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

    private static void checkAuthor(AuthorFields author, List<Problem> problems) {
        boolean person = author.person();
        String expected = person ? AuthorMapping.PERSON_CONTENT_ID : AuthorMapping.SYSTEM_CONTENT_ID;
        if (!expected.equals(author.contentId())) {
            problems.add(Problem.at(ProblemCode.CONTENT_ID, "'" + author.contentId() + "' but the element is "
                    + expected.replace('#', '.'), 0, 0, QUERY_PATH + "/author/contentId"));
        }
        if (person && author.userId() == null) {
            problems.add(Problem.at(ProblemCode.VALUE, "the author's first id must be the SDS user id (root "
                    + "1.2.826.0.1285.0.2.0.65 with an extension)", 0, 0,
                    QUERY_PATH + "/author/COCT_TP145102GB01.AssignedAuthor/id"));
        }
        if (person && !JOB_ROLE_CODE_SYSTEM.equals(author.roleCodeSystem())) {
            problems.add(Problem.at(ProblemCode.CODE_SYSTEM, "job role codeSystem '" + author.roleCodeSystem()
                    + "', expected " + JOB_ROLE_CODE_SYSTEM, 0, 0, QUERY_PATH + "/author/COCT_TP145102GB01.AssignedAuthor/code"));
        }
    }
}
