package org.cpis.gateway.codec.upload;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;

/**
 * Reads one upload record from the internal XML of {@code la-upload-decode} into an {@link UploadRecord}, and
 * applies the decode-level rules the core cannot see once the record is in domain form: every date is a real
 * calendar date (plan dates 12 digits, birth dates 8), each {@code npfitlc:contentId} names the template that
 * follows it, one subject per record, at most one NHS number and one local id. Rules the core's
 * {@code UploadRecordChecks} decide (NHS number format and check digit, start not after end, UCPP end date,
 * duplicate plan types) are left to the core, so that a record gets one outcome with one detail code.
 * Reads leniently, so that a record that failed the schema still yields what it holds; an item that cannot
 * be read is left out.
 */
final class RecordReading {

    /** The record as read and what is wrong with it. */
    record Result(UploadRecord record, List<Problem> problems) {
    }

    private final String path;
    private final int line;
    private final int column;
    private final List<Problem> problems = new ArrayList<>();

    private RecordReading(String recordPath, int line, int column) {
        this.path = recordPath;
        this.line = line;
        this.column = column;
    }

    /**
     * @param recordPath the element holding the plans and subjects, e.g. {@code /File/record[3]/CP-ISRecord}
     * @param line       where the record starts, for the problems the schema did not find
     */
    static Result read(InternalReader record, int position, String recordPath, int line, int column) {
        return read(RecordFields.of(record), position, recordPath, line, column);
    }

    /** The record its slots make, and what is wrong with it. */
    static Result read(RecordFields record, int position, String recordPath, int line, int column) {
        RecordReading r = new RecordReading(recordPath, line, column);
        List<Plan> plans = r.plans(record.plans());
        UploadRecord read = r.subject(record.subjects(), position, plans);
        return new Result(read, List.copyOf(r.problems));
    }

    private List<Plan> plans(List<RecordFields.Plan> slots) {
        List<Plan> plans = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            RecordFields.Plan slot = slots.get(i);
            UploadTemplate template = UploadTemplate.byElement(slot.template()).orElse(null);
            if (template == null || template.planType() == null) {
                continue; // not an upload plan template: the schema has said so
            }
            if (!template.contentId().equals(slot.contentId())) {
                contentIdProblem(slot.contentId(), template, slotPath(i));
            }
            plans.add(new Plan(template.planType(),
                    planDate(slot.start(), i, template, "component/", "StartDate"),
                    planDate(slot.end(), i, template, "component1/", "EndDate"),
                    planDate(slot.delete(), i, template, "component2/", "DeleteDate")));
        }
        return plans;
    }

    /** The path of the n-th plan slot (from 0); made only for a problem, as most records have none. */
    private String slotPath(int i) {
        return path + "/" + step("pertinentInformation", i + 1);
    }

    private UploadRecord subject(List<RecordFields.Subject> subjects, int position, List<Plan> plans) {
        if (subjects.size() > 1) {
            problems.add(Problem.at(ProblemCode.SUBJECTS, subjects.size() + " subjects; CP-IS reads one per record",
                    line, column, path + "/subject[2]"));
        }
        if (subjects.isEmpty()) {
            return new UploadRecord(position, SubjectKind.CHILD, null, null, null, null, plans);
        }
        RecordFields.Subject s = subjects.get(0);
        UploadTemplate found = UploadTemplate.byElement(s.template()).orElse(null);
        UploadTemplate template = found != null && found.subjectKind() != null ? found : null;
        if (template != null && !template.contentId().equals(s.contentId())) {
            contentIdProblem(s.contentId(), template, path + "/subject");
        }
        SubjectKind kind = template == null ? SubjectKind.CHILD : template.subjectKind();
        String nhsNumber = single(s.nhsNumbers(), "NHS numbers", kind, template);
        String localId = single(s.localIds(), "local identifiers", kind, template);
        LocalDate birthDate = birthDate(s.birthTime(), kind, template);
        return new UploadRecord(position, kind, nhsNumber, localId, new PersonName(s.given(), s.family()),
                birthDate, plans);
    }

    /** The path of the subject's person: its childPerson, or for an unborn child the mother. */
    private String personPath(SubjectKind kind, UploadTemplate template) {
        return path + "/subject/" + (template == null ? UploadTemplate.CHILD : template).element()
                + (kind == SubjectKind.CHILD ? "/childPerson" : "/parentMotherPerson");
    }

    /** The path of the subject's ids: the child's own, or for an unborn child the mother's. */
    private String idPath(SubjectKind kind, UploadTemplate template) {
        return kind == SubjectKind.CHILD ? path + "/subject/" + UploadTemplate.CHILD.element() + "/id"
                : personPath(kind, template) + "/playedMother/id";
    }

    private void contentIdProblem(String sent, UploadTemplate template, String slotPath) {
        problems.add(Problem.at(ProblemCode.CONTENT_ID, "'" + sent + "' but the element is " + template.element(),
                line, column, slotPath + "/contentId"));
    }

    private String single(List<String> values, String what, SubjectKind kind, UploadTemplate template) {
        if (values.size() > 1) {
            problems.add(Problem.at(ProblemCode.PERSON_IDS, values.size() + " " + what, line, column,
                    idPath(kind, template)));
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private LocalDateTime planDate(String value, int slot, UploadTemplate template, String component, String date) {
        if (value == null) {
            return null;
        }
        try {
            return Hl7Time.parsePlanDate(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + value + "' (yyyyMMddHHmm)", line, column, slotPath(slot)
                    + "/" + template.element() + "/" + component + datePrefix(template) + date + "/value"));
            return null;
        }
    }

    private LocalDate birthDate(String value, SubjectKind kind, UploadTemplate template) {
        if (value == null) {
            return null;
        }
        try {
            return Hl7Time.parseDate(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + value + "' (yyyyMMdd)", line, column,
                    personPath(kind, template) + "/birthTime"));
            return null;
        }
    }

    private static String datePrefix(UploadTemplate template) {
        return switch (template.planType()) {
            case LAC -> "lAC";
            case CPP -> "cPP";
            case UCPP -> "uCP";
        };
    }

    private static String step(String name, int n) {
        return n == 1 ? name : name + "[" + n + "]";
    }
}
