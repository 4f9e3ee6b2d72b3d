package org.cpis.gateway.codec.upload;

import java.util.List;
import org.cpis.gateway.codec.InternalReader;

/**
 * One upload record's plan and subject slots as read, before any rule, the way {@code la-upload-record-decode.xsl}
 * reads them: each value as the wire carries it, {@code null} when absent or empty. What both ways of decoding a
 * record give {@link RecordReading}, so that the rules are the same whichever way it was read. It is read
 * leniently: a record that failed the schema still yields what it holds.
 */
record RecordFields(List<Plan> plans, List<Subject> subjects) {

    RecordFields {
        plans = List.copyOf(plans);
        subjects = List.copyOf(subjects);
    }

    /**
     * A {@code pertinentInformation} slot: the local name of its template (its first element other than the
     * contentId), the contentId's extension, and the template's {@code component}, {@code component1} and
     * {@code component2} date values (start, end, delete).
     */
    record Plan(String template, String contentId, String start, String end, String delete) {

        static Plan of(InternalReader plan) {
            return new Plan(plan.text("template"), plan.text("contentId"), plan.text("start"), plan.text("end"),
                    plan.text("delete"));
        }
    }

    /**
     * A {@code subject} slot: the local name of its template, the contentId's extension, the extensions of its
     * ids by root (NHS number, LA local id; as sent, in document order, empty when an id has none), the person's
     * given and family names (each normalised, several joined by one space) and birth time.
     */
    record Subject(String template, String contentId, List<String> nhsNumbers, List<String> localIds, String given,
                   String family, String birthTime) {

        Subject {
            nhsNumbers = List.copyOf(nhsNumbers);
            localIds = List.copyOf(localIds);
        }

        static Subject of(InternalReader subject) {
            return new Subject(subject.text("template"), subject.text("contentId"), subject.texts("nhsNumber"),
                    subject.texts("localId"), subject.text("given"), subject.text("family"), subject.text("birthTime"));
        }
    }

    /** The slots of a {@code record} (or a returned record) of a decoding stylesheet's internal XML. */
    static RecordFields of(InternalReader record) {
        return new RecordFields(record.children("plan").stream().map(Plan::of).toList(),
                record.children("subject").stream().map(Subject::of).toList());
    }
}
