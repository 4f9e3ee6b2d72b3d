package org.cpis.gateway.codec.notification;

import java.math.BigInteger;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.ValueError;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;

/**
 * The business rules of a decoded notification that its schema cannot express, checked value by value while
 * the domain objects are built: each check returns the value, or {@code null} after recording a
 * {@link Problem} with the element path, so that one decode reports every problem at once
 * ({@link #throwIfAny()}).
 */
final class NotificationChecks {

    private final List<Problem> problems = new ArrayList<>();

    void add(ProblemCode code, String detail, String path) {
        problems.add(Problem.at(code, detail, 0, 0, path));
    }

    /** A new-style NHS number passing Modulus 11 (CPIS-C010). */
    NhsNumber nhsNumber(String text, String path) {
        ValueError error = NhsNumber.problemWith(text);
        if (error != null) {
            add(ProblemCode.NHS_NUMBER, "'" + text + "': " + error.message(), path);
            return null;
        }
        return NhsNumber.of(text);
    }

    /** A message or act time that is a real calendar date and time (CPIS-C011). */
    Instant time(String text, String path) {
        try {
            return Hl7Time.parseInstant(text);
        } catch (DateTimeException e) {
            add(ProblemCode.DATE, "'" + text + "': " + e.getMessage(), path);
            return null;
        }
    }

    /** An organisation whose code is an ODS code (CPIS-C020); the schema guarantees a name. */
    Organisation organisation(InternalReader org, String path) {
        String code = org.requiredText("code");
        if (!OdsCode.isValid(code)) {
            add(ProblemCode.ODS_CODE, "'" + code + "': " + ValueError.ODS_CODE_INVALID.message(), path + "/id");
            return null;
        }
        return new Organisation(OdsCode.of(code), org.requiredText("name"));
    }

    /**
     * An access's author: its contentId must name the template that follows (CPIS-C016), a person needs an
     * SDS user id, and every value must fit its CP-IS type (ODS code CPIS-C020, others CPIS-C021).
     */
    QueryAuthor author(InternalReader author, String path) {
        boolean person = "person".equals(author.requiredText("kind"));
        String expected = person ? AuthorMapping.PERSON_CONTENT_ID : AuthorMapping.SYSTEM_CONTENT_ID;
        int before = problems.size();
        if (!expected.equals(author.text("contentId"))) {
            add(ProblemCode.CONTENT_ID, "'" + author.text("contentId") + "' but the element is "
                    + expected.replace('#', '.'), path + "/contentId");
        }
        if (person && author.text("userId") == null) {
            add(ProblemCode.VALUE, "the first id (SDS user id, root 1.2.826.0.1285.0.2.0.65) has no extension",
                    path + "/" + expected.replace('#', '.') + "/id");
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return AuthorMapping.read(author);
        } catch (InvalidValueException e) {
            add(e.error() == ValueError.ODS_CODE_INVALID ? ProblemCode.ODS_CODE : ProblemCode.VALUE, e.getMessage(),
                    path + "/" + expected.replace('#', '.'));
            return null;
        }
    }

    /** A total the message states must equal what it carries (CPIS-C024). */
    void total(String stated, int carried, String what, String path) {
        if (!new BigInteger(stated.strip()).equals(BigInteger.valueOf(carried))) {
            add(ProblemCode.TOTALS, "states " + stated.strip() + " but the message carries " + carried + " " + what,
                    path);
        }
    }

    /** One step of an element path: {@code name} for the first of its siblings, {@code name[n]} from the second on. */
    static String step(String name, int index) {
        return index == 0 ? name : name + "[" + (index + 1) + "]";
    }

    /** Throws a {@link DecodeException} with every problem recorded, if there is one. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
    }
}
