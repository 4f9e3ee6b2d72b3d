package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Decodes an LA Acknowledgement Response (REPC_MT000003GB01, root {@code FileResponse}) for the LA-side client
 * into a {@link ReceivedAcknowledgement}: schema validation, the {@code la-acknowledgement-decode} stylesheet,
 * then the rules the schema cannot express - display names matching their codes (CPIS-C019), the record
 * outcomes' code system (CPIS-C017), a readable record location, our detail code going with its outcome, the
 * returned records' dates and template ids, and the counts adding up (CPIS-C015, see
 * {@link AcknowledgementCounts}). An acknowledgement returns its upload's records, so it is read with the
 * upload file's size limit. Thread-safe.
 */
public final class AcknowledgementDecoder {

    private static final String ROOT = "FileResponse";
    private static final Pattern LOCATION = Pattern.compile("^/(?:\\w+:)?File/(?:\\w+:)?record(?:\\[(\\d+)])?$");
    /** CPVocab.xsd spells CPR07's display this way; the DMS page "Unsuccessful". */
    private static final String CPR07_VOCABULARY_SPELLING = "Unsucessful Record Upload";

    private final WireReader reader = new WireReader();
    private final XsltExecutable stylesheet = Stylesheets.get("la-acknowledgement-decode");

    public ReceivedAcknowledgement decode(byte[] wire) {
        WireDocument doc = reader.read(wire, "acknowledgement.xml", XmlLimits.UPLOAD_FILE);
        if (doc.root() != null && doc.isValid() && !ROOT.equals(doc.root().getLocalPart())) {
            throw new DecodeException(Problem.at(ProblemCode.WRONG_MESSAGE, "expected " + ROOT + ", got "
                    + doc.root().getLocalPart(), 1, 1, "/"));
        }
        InternalReader ack = InternalReader.of(Transforms.toTree(stylesheet, doc.validTree()));
        List<Problem> problems = new ArrayList<>();
        Instant createdAt = createdAt(ack.requiredText("creationTime"), problems);
        int recordsProcessed = count(ack.requiredText("recordsProcessed"), "transmissionQuantity", problems);
        FileOutcome outcome = fileOutcome(ack.children("fileOutcome").get(0), problems);
        Map<Integer, ReceivedRecord> refused = new TreeMap<>();
        List<InternalReader> details = ack.children("refused");
        for (int i = 0; i < details.size(); i++) {
            refusedRecord(details.get(i), i + 1, problems).ifPresent(r -> {
                if (refused.put(r.position(), r) != null) {
                    problems.add(Problem.at(ProblemCode.VALUE, "two acknowledgementRecordDetails locate record "
                            + r.position(), 0, 0, "/FileResponse/acknowledgementRecord"));
                }
            });
        }
        List<InternalReader> messages = ack.children("returned");
        List<UploadRecord> returned = returnedRecords(messages, problems);
        AcknowledgementCounts counts = new AcknowledgementCounts(outcome, recordsProcessed,
                count(ack.requiredText("failed"), "failedReturnedCP-ISRecords", problems),
                count(ack.requiredText("successful"), "successfulReturnedCP-ISRecords", problems));
        List<Boolean> valid = messages.stream().map(m -> "true".equals(m.text("valid"))).toList();
        problems.addAll(counts.check(refused, valid));
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
        return new ReceivedAcknowledgement(ack.requiredText("sequenceId"), createdAt, outcome,
                ReceivedAcknowledgement.impliedProblem(outcome), recordsProcessed,
                LocalAuthorityMapping.read(ack.required("localAuthority")),
                records(refused, returned, valid, recordsProcessed), counts.failed(), counts.successful());
    }

    private static List<ReceivedRecord> records(Map<Integer, ReceivedRecord> refused, List<UploadRecord> returned,
                                                List<Boolean> valid, int recordsProcessed) {
        if (returned.size() != recordsProcessed) {
            return refused.values().stream().filter(r -> r.outcome() != RecordOutcome.CPR06).toList();
        }
        List<ReceivedRecord> records = new ArrayList<>();
        for (int i = 0; i < returned.size(); i++) {
            UploadRecord u = returned.get(i);
            ReceivedRecord detail = refused.get(i + 1);
            records.add(valid.get(i) || detail == null
                    ? new ReceivedRecord(i + 1, RecordOutcome.CPR06, null, u.nhsNumber(), u.localId())
                    : new ReceivedRecord(i + 1, detail.outcome(), detail.detail(), u.nhsNumber(), u.localId()));
        }
        return records;
    }

    private static List<UploadRecord> returnedRecords(List<InternalReader> messages, List<Problem> problems) {
        List<UploadRecord> returned = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            InternalReader m = messages.get(i);
            String path = "/FileResponse/" + (i == 0 ? "message" : "message[" + (i + 1) + "]")
                    + "/cP-ISLAAcknowledgementResponse/pertinentInformation1/"
                    + ("true".equals(m.text("valid")) ? "validCP-ISRecord" : "invalidCP-ISRecord");
            RecordReading.Result read = RecordReading.read(m, i + 1, path, 0, 0);
            problems.addAll(read.problems());
            returned.add(read.record());
        }
        return returned;
    }

    private static Optional<ReceivedRecord> refusedRecord(InternalReader d, int n, List<Problem> problems) {
        String path = "/FileResponse/acknowledgementRecord/" + (n == 1 ? "acknowledgementRecordDetail"
                : "acknowledgementRecordDetail[" + n + "]");
        String code = d.text("code");
        Optional<RecordOutcome> outcome = Arrays.stream(RecordOutcome.values()).filter(o -> o.name().equals(code)).findFirst();
        if (outcome.isEmpty()) {
            problems.add(Problem.at(ProblemCode.VALUE, "record outcome '" + code + "' is not CPR01-CPR07", 0, 0, path + "/code"));
            return Optional.empty();
        }
        if (!RecordOutcome.CODE_SYSTEM.equals(d.text("codeSystem"))) {
            problems.add(Problem.at(ProblemCode.CODE_SYSTEM, "record outcome codeSystem '" + d.text("codeSystem")
                    + "', expected " + RecordOutcome.CODE_SYSTEM, 0, 0, path + "/code"));
        }
        String display = d.text("displayName");
        if (display != null && !display.equals(outcome.get().displayName())
                && !(outcome.get() == RecordOutcome.CPR07 && display.equals(CPR07_VOCABULARY_SPELLING))) {
            problems.add(Problem.at(ProblemCode.DISPLAY_NAME, "'" + display + "' for " + code + ", expected '"
                    + outcome.get().displayName() + "'", 0, 0, path + "/code"));
        }
        RecordDetail detail = detail(d, outcome.get(), path, problems);
        Matcher location = LOCATION.matcher(d.text("location") == null ? "" : d.text("location"));
        if (!location.matches()) {
            problems.add(Problem.at(ProblemCode.VALUE, "location '" + d.text("location")
                    + "' is not the XPath of an upload record, e.g. /File/record[3]", 0, 0, path + "/location"));
            return Optional.empty();
        }
        int position = location.group(1) == null ? 1 : Integer.parseInt(location.group(1));
        return Optional.of(new ReceivedRecord(position, outcome.get(), detail, null, null));
    }

    /** Our detail code: the translation whose code system name is ours; it must go with the outcome. */
    private static RecordDetail detail(InternalReader d, RecordOutcome outcome, String path, List<Problem> problems) {
        Optional<InternalReader> ours = d.children("detail").stream()
                .filter(t -> AcknowledgementEncoder.DETAIL_CODE_SYSTEM_NAME.equals(t.text("codeSystemName"))).findFirst();
        if (ours.isEmpty()) {
            return null;
        }
        String code = ours.get().text("code");
        Optional<RecordDetail> detail = Arrays.stream(RecordDetail.values()).filter(r -> r.code().equals(code)).findFirst();
        if (detail.isEmpty() || detail.get().outcome() != outcome) {
            problems.add(Problem.at(ProblemCode.VALUE, "detail code '" + code + "' "
                    + (detail.isEmpty() ? "is not one of ours (CPRDnn)" : "goes with " + detail.get().outcome() + ", not " + outcome),
                    0, 0, path + "/code/translation"));
            return null;
        }
        return detail.get();
    }

    private static FileOutcome fileOutcome(InternalReader f, List<Problem> problems) {
        FileOutcome outcome = FileOutcome.valueOf(f.requiredText("code"));
        if (!outcome.displayName().equals(f.text("displayName"))) {
            problems.add(Problem.at(ProblemCode.DISPLAY_NAME, "'" + f.text("displayName") + "' for " + outcome
                    + ", expected '" + outcome.displayName() + "'", 0, 0,
                    "/FileResponse/acknowledgementFile/acknowledgementFileDetail/code"));
        }
        return outcome;
    }

    private static Instant createdAt(String value, List<Problem> problems) {
        try {
            return Hl7Time.parseInstant(value);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(ProblemCode.DATE, "'" + value + "': " + e.getMessage(), 0, 0, "/FileResponse/creationTime"));
            return Instant.EPOCH;
        }
    }

    private static int count(String value, String element, List<Problem> problems) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(ProblemCode.VALUE, element + " '" + value + "' is not a record count", 0, 0,
                    "/FileResponse/" + element));
            return 0;
        }
    }
}
