package org.cpis.gateway.codec.upload;

import java.util.Objects;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * Encodes the LA Acknowledgement Response (REPC_MT000003GB01, root {@code FileResponse}) of an upload:
 * <ul>
 *   <li>the file outcome (CPF0n, its exact display name, no code system);</li>
 *   <li>one acknowledgementRecordDetail per refused record: its CPR0n with code system
 *       2.16.840.1.113883.2.1.3.2.4.17.473 and display name, our detail code (CPRDnn) as a {@code translation}
 *       with code system name {@value #DETAIL_CODE_SYSTEM_NAME} and the detail's message as display name, and
 *       the record's {@link #location};</li>
 *   <li>the LA the acknowledgement goes to, the failed and successful counts;</li>
 *   <li>as in the DMS example, every record returned in file order: a stored one as validCP-ISRecord (its
 *       subject), a refused one as invalidCP-ISRecord (its plans and subject). A refused record missing what
 *       the templates need (no plan with a start date, no id) cannot be returned and is left out.</li>
 * </ul>
 * Thread-safe.
 */
public final class AcknowledgementEncoder {

    /** Our code system marker for the record detail codes (they have no OID). */
    public static final String DETAIL_CODE_SYSTEM_NAME = "CP-IS-RecordDetail";

    private final XsltExecutable stylesheet = Stylesheets.get("la-acknowledgement-encode");

    public byte[] encode(UploadAcknowledgement ack) {
        Objects.requireNonNull(ack.recipient(), "an acknowledgement goes to a Local Authority");
        InternalWriter w = new InternalWriter("acknowledgement");
        w.leaf("creationTime", Hl7Time.format(ack.createdAt()))
                .leaf("sequenceId", wireSequenceId(ack.sequenceId()))
                .leaf("recordsProcessed", ack.recordsProcessed());
        w.start("fileOutcome").leaf("code", ack.fileOutcome().name())
                .leaf("displayName", ack.fileOutcome().displayName()).end();
        for (RecordResult r : ack.results()) {
            if (!r.isSuccess()) {
                refused(w, r);
            }
        }
        LocalAuthorityMapping.writeLenient(w, ack.recipient());
        w.leaf("failed", ack.failedCount());
        for (RecordResult r : ack.results()) {
            if (RecordWriting.isReturnable(r.record(), !r.isSuccess())) {
                w.start("returned").leaf("valid", r.isSuccess());
                RecordWriting.writeReturned(w, r.record(), ack.recipient(), !r.isSuccess());
                w.end();
            }
        }
        w.leaf("successful", ack.successfulCount());
        return Transforms.toBytes(stylesheet, w.build());
    }

    private static void refused(InternalWriter w, RecordResult r) {
        w.start("refused").leaf("code", r.outcome().name()).leaf("codeSystem", RecordOutcome.CODE_SYSTEM)
                .leaf("displayName", r.outcome().displayName());
        RecordDetail d = r.detail();
        if (d != null) {
            w.start("detail").leaf("code", d.code()).leaf("codeSystemName", DETAIL_CODE_SYSTEM_NAME)
                    .leaf("displayName", d.message()).end();
        }
        w.leaf("location", location(r.record().position())).end();
    }

    /** The XPath of a record in the original upload, e.g. {@code /File/record[3]}. */
    public static String location(int position) {
        return "/File/record[" + position + "]";
    }

    /** Whether the acknowledgement returns every record it processed (see the class comment). */
    public static boolean returnsEveryRecord(UploadAcknowledgement ack) {
        return ack.results().size() == ack.recordsProcessed()
                && ack.results().stream().allMatch(r -> RecordWriting.isReturnable(r.record(), !r.isSuccess()));
    }

    /** The id the wire carries: the sequence id, "-1" when it is unknown. */
    static String wireSequenceId(String sequenceId) {
        return sequenceId == null || sequenceId.isBlank() ? UploadAcknowledgement.UNKNOWN_SEQUENCE_ID : sequenceId.strip();
    }
}
