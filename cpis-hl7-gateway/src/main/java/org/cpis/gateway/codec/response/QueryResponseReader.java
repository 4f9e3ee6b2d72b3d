package org.cpis.gateway.codec.response;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.VisibleEntry;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;

/**
 * Reads a decoded query response (internal XML) into its payload id and positive trace, applying the rules the
 * schema cannot express: the totals TRAR and TRCR equal what is carried, every contentId names the element
 * that follows it, NHS numbers pass Modulus 11 and are all the same child's, times and plan dates are real,
 * a plan starts no later than it ends, one plan per type per record, an unborn child's subject goes with a
 * UCPP (and only then), and each Local Authority has a valid ODS code and an emergency duty number. Every
 * problem is collected, each with its element path. One instance per message.
 */
final class QueryResponseReader {

    private static final String OK = "OK";

    /** The payload's own id and the trace it carries. */
    record Payload(UUID id, QueryResult.Found result) {
    }

    private record Named(NhsNumber nhsNumber, String path) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Named> subjectNumbers = new ArrayList<>();
    private final List<Named> accessNumbers = new ArrayList<>();
    private boolean anyNhsNumber;

    /** The payload of the decoded interaction, or a {@link DecodeException} with every problem found. */
    Payload read(InternalReader queryResponse) {
        String controlAct = queryResponse.requiredText("controlActPath");
        String code = queryResponse.text("queryResponseCode");
        if (!OK.equals(code)) {
            problems.add(Problem.at(ProblemCode.VALUE, "queryResponseCode '" + code + "': a query response with records says "
                    + OK, 0, 0, controlAct + "/queryAck/queryResponseCode"));
        }
        InternalReader response = queryResponse.child("response").orElseThrow(() -> new DecodeException(Problem.at(
                ProblemCode.VALUE, "the response has no CP-ISNHSQueryResponse (ControlActEvent/subject); 'no records' is a "
                        + QueryActFailedMessage.INTERACTION, 0, 0, controlAct)));
        String path = response.requiredText("path");
        Instant respondedAt = instant(response.requiredText("effectiveTime"), path + "/effectiveTime");
        List<InternalReader> accesses = response.children("access");
        List<InternalReader> records = response.children("record");
        total(response.requiredText("accessTotal"), accesses.size(), "TRAR (total returned access records)",
                "previous accesses (pertinentInformation13)", path + "/pertinentInformation11/pertinentTotalReturnedAccessRecords/value");
        total(response.requiredText("recordTotal"), records.size(), "TRCR (total returned child records)",
                "records", path + "/pertinentInformation12/pertinentTotalReturnedChildRecords/value");
        List<AccessEvent> history = new ArrayList<>();
        accesses.forEach(a -> history.add(access(a)));
        List<VisibleEntry> entries = new ArrayList<>();
        records.forEach(r -> entries.add(entry(r)));
        NhsNumber child = oneChild(path);
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
        return new Payload(HeaderMapping.uuid(response.requiredText("id")),
                new QueryResult.Found(child, entries, history, respondedAt));
    }

    private void total(String value, int carried, String total, String what, String path) {
        if (!new BigInteger(value).equals(BigInteger.valueOf(carried))) {
            problems.add(Problem.at(ProblemCode.TOTALS, total + " is " + value + " but the response carries " + carried + " "
                    + what, 0, 0, path));
        }
    }

    private AccessEvent access(InternalReader a) {
        String path = a.requiredText("path");
        NhsNumber nhs = nhsNumber(a.requiredText("nhsNumber"), path + "/queryByParameter/person.NHSnumber/value", accessNumbers);
        Instant at = instant(a.requiredText("effectiveTime"), path + "/effectiveTime");
        QueryAuthor author = author(a.required("author"), path + "/author");
        if (nhs == null || at == null || author == null) {
            return null;
        }
        return new AccessEvent(HeaderMapping.uuid(a.requiredText("id")), nhs, at, at, author);
    }

    private QueryAuthor author(InternalReader author, String path) {
        boolean person = "person".equals(author.requiredText("kind"));
        String expected = person ? AuthorMapping.PERSON_CONTENT_ID : AuthorMapping.SYSTEM_CONTENT_ID;
        contentId(author.text("contentId"), expected.replace('#', '.'), path);
        if (person && author.text("userId") == null) {
            problems.add(Problem.at(ProblemCode.VALUE, "the author's first id (SDS user id) has no extension", 0, 0,
                    path + "/COCT_TP145102GB01.AssignedAuthor/id"));
            return null;
        }
        try {
            return AuthorMapping.read(author);
        } catch (InvalidValueException e) {
            problems.add(Problem.at(ProblemCode.VALUE, e.getMessage(), 0, 0, path));
            return null;
        }
    }

    private VisibleEntry entry(InternalReader r) {
        String path = r.requiredText("path");
        LocalAuthority la = localAuthority(r.required("localAuthority"), path + "/communicationFunctionSnd/organisation");
        List<Plan> plans = new ArrayList<>();
        Set<PlanType> types = EnumSet.noneOf(PlanType.class);
        for (InternalReader p : r.children("plan")) {
            Plan plan = plan(p);
            if (plan != null && !types.add(plan.type())) {
                problems.add(Problem.at(ProblemCode.DUPLICATE_PLAN, "a second " + plan.type() + " plan", 0, 0, p.requiredText("path")));
            }
            plans.add(plan);
        }
        boolean unborn = false;
        for (InternalReader s : r.children("subject")) {
            String subjectPath = s.requiredText("path");
            contentId(s.text("contentId"), s.requiredText("element"), subjectPath);
            unborn |= "unborn".equals(s.requiredText("kind"));
            String number = s.text("nhsNumber");
            if (number != null) {
                nhsNumber(number, subjectPath + "/" + s.requiredText("element"), subjectNumbers);
            }
        }
        subjectGoesWithPlans(unborn, types.contains(PlanType.UCPP), path + "/CP-ISRecord");
        if (la == null || plans.contains(null)) {
            return null;
        }
        return new VisibleEntry(la, plans);
    }

    private void subjectGoesWithPlans(boolean unbornSubject, boolean ucpp, String path) {
        if (unbornSubject && !ucpp) {
            problems.add(Problem.at(ProblemCode.SUBJECT_PLAN, "an unborn child (COCT_TP145100GB01.UnbornChild) subject in a "
                    + "record without an unborn child protection plan", 0, 0, path + "/subject"));
        } else if (ucpp && !unbornSubject) {
            problems.add(Problem.at(ProblemCode.SUBJECT_PLAN, "an unborn child protection plan in a record whose subject is "
                    + "not the unborn child (COCT_TP145100GB01.UnbornChild)", 0, 0, path + "/pertinentInformation15"));
        }
    }

    private LocalAuthority localAuthority(InternalReader la, String path) {
        String code = la.requiredText("code");
        String emergency = la.text("emergencyDutyPhone");
        String office = la.text("officeHoursPhone");
        boolean ok = true;
        if (!OdsCode.isValid(code)) {
            problems.add(Problem.at(ProblemCode.ODS_CODE, "'" + code + "': 3 to 9 upper-case letters or digits", 0, 0, path + "/id"));
            ok = false;
        }
        if (emergency == null) {
            problems.add(Problem.at(ProblemCode.LA_EMERGENCY_PHONE, "no telecom with use EC", 0, 0, path + "/telecom"));
            ok = false;
        }
        ok &= telephone(emergency, path) & telephone(office, path);
        if (!ok) {
            return null;
        }
        try {
            return new LocalAuthority(OdsCode.of(code), la.requiredText("name"), TelephoneNumber.of(emergency),
                    office == null ? null : TelephoneNumber.of(office));
        } catch (InvalidValueException e) {
            problems.add(Problem.at(ProblemCode.VALUE, e.getMessage(), 0, 0, path));
            return null;
        }
    }

    private boolean telephone(String uri, String path) {
        if (uri != null && !TelephoneNumber.isValid(uri)) {
            problems.add(Problem.at(ProblemCode.VALUE, "telecom '" + uri + "': a telephone number is tel: and 3 to 20 digits",
                    0, 0, path + "/telecom"));
            return false;
        }
        return true;
    }

    private Plan plan(InternalReader p) {
        String path = p.requiredText("path");
        String element = p.requiredText("element");
        contentId(p.text("contentId"), element, path);
        PlanType type = PlanType.valueOf(p.requiredText("type"));
        LocalDateTime start = planDate(p.requiredText("start"), path + "/" + element + "/component");
        LocalDateTime end = p.text("end") == null ? null : planDate(p.text("end"), path + "/" + element + "/component1");
        if (start == null || (p.text("end") != null && end == null)) {
            return null;
        }
        if (end != null && start.isAfter(end)) {
            problems.add(Problem.at(ProblemCode.PLAN_DATES, type + " starts " + Hl7Time.formatPlanDate(start) + ", ends "
                    + Hl7Time.formatPlanDate(end), 0, 0, path + "/" + element));
            return null;
        }
        return new Plan(type, start, end, null);
    }

    private void contentId(String contentId, String element, String slotPath) {
        if (contentId == null || !contentId.replace('#', '.').equals(element)) {
            problems.add(Problem.at(ProblemCode.CONTENT_ID, "'" + contentId + "' but the element is " + element, 0, 0,
                    slotPath + "/contentId"));
        }
    }

    private NhsNumber nhsNumber(String text, String path, List<Named> into) {
        anyNhsNumber = true;
        if (!NhsNumber.isValid(text)) {
            problems.add(Problem.at(ProblemCode.NHS_NUMBER, "'" + text + "': " + NhsNumber.problemWith(text).message(), 0, 0, path));
            return null;
        }
        NhsNumber n = NhsNumber.of(text);
        into.add(new Named(n, path));
        return n;
    }

    /** The child the response is about: a subject's NHS number, else a previous access's; every other must equal it. */
    private NhsNumber oneChild(String responsePath) {
        List<Named> all = new ArrayList<>(subjectNumbers);
        all.addAll(accessNumbers);
        if (all.isEmpty()) {
            if (!anyNhsNumber) {
                problems.add(Problem.at(ProblemCode.NHS_NUMBER, "none: no subject and no previous access names the child's NHS "
                        + "number", 0, 0, responsePath));
            }
            return null;
        }
        NhsNumber child = all.get(0).nhsNumber();
        all.stream().filter(n -> !n.nhsNumber().equals(child)).forEach(n -> problems.add(Problem.at(ProblemCode.ONE_CHILD,
                n.nhsNumber() + " beside " + child, 0, 0, n.path())));
        return child;
    }

    private Instant instant(String value, String path) {
        try {
            return Hl7Time.parseInstant(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + value + "': " + e.getMessage(), 0, 0, path));
            return null;
        }
    }

    private LocalDateTime planDate(String value, String path) {
        try {
            return Hl7Time.parsePlanDate(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + value + "': " + e.getMessage(), 0, 0, path));
            return null;
        }
    }
}
