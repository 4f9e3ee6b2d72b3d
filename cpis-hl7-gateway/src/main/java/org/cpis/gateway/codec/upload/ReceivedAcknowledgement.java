package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * An LA Acknowledgement Response as the LA-side client receives it. The wire carries less than the domain's
 * {@link UploadAcknowledgement} (which holds whole upload records), so this is the form a round trip keeps:
 * {@link #expectedFrom} says what decoding the encoding of an acknowledgement gives.
 * <ul>
 *   <li>{@code problem} is our file problem where the outcome implies it (CPF05: CPFD06, CPF06: CPFD07); a
 *       CPF01's CPFD code does not travel (the file detail's CV has no room for it), so it is {@code null}.</li>
 *   <li>{@code records}: when every record was returned (as many messages as records processed), one per
 *       record in file order with the subject's NHS number and local id; otherwise one per refused record,
 *       from its acknowledgementRecordDetail, without identifiers.</li>
 * </ul>
 *
 * @param sequenceId       the acknowledged file's sequence id, "-1" when CP-IS could not read it
 * @param recordsProcessed -1 after a file-level error
 */
public record ReceivedAcknowledgement(String sequenceId, Instant createdAt, FileOutcome fileOutcome,
                                      FileProblem problem, int recordsProcessed, UploadedLocalAuthority recipient,
                                      List<ReceivedRecord> records, int failedCount, int successfulCount) {

    public ReceivedAcknowledgement {
        Objects.requireNonNull(sequenceId, "sequenceId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(fileOutcome, "fileOutcome");
        records = List.copyOf(records);
    }

    /** The file problem an outcome implies on its own, or {@code null} (CPF01 has several; CPF02-04 none). */
    public static FileProblem impliedProblem(FileOutcome outcome) {
        return switch (outcome) {
            case CPF05 -> FileProblem.DEMOGRAPHICS_UNAVAILABLE;
            case CPF06 -> FileProblem.CLIENT_NOT_SUPPORTED;
            default -> null;
        };
    }

    /** What decoding the encoded form of {@code ack} gives (see the class comment). */
    public static ReceivedAcknowledgement expectedFrom(UploadAcknowledgement ack) {
        List<ReceivedRecord> records = new ArrayList<>();
        List<RecordResult> results = ack.results();
        if (AcknowledgementEncoder.returnsEveryRecord(ack)) {
            for (int i = 0; i < results.size(); i++) {
                RecordResult r = results.get(i);
                UploadRecord u = r.record();
                records.add(new ReceivedRecord(i + 1, r.outcome(), r.detail(), trimmed(u.nhsNumber()), trimmed(u.localId())));
            }
        } else {
            results.stream().filter(r -> !r.isSuccess()).forEach(r ->
                    records.add(new ReceivedRecord(r.record().position(), r.outcome(), r.detail(), null, null)));
        }
        return new ReceivedAcknowledgement(AcknowledgementEncoder.wireSequenceId(ack.sequenceId()),
                ack.createdAt().truncatedTo(ChronoUnit.SECONDS), ack.fileOutcome(), impliedProblem(ack.fileOutcome()),
                ack.recordsProcessed(), LocalAuthorityMapping.asWritten(ack.recipient()), records,
                (int) ack.failedCount(), (int) ack.successfulCount());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
