package org.cpis.gateway.codec.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;

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
 * An acknowledgement returns every record of its upload, so one for 100,000 records is larger than the upload:
 * {@link #stream} writes it as it is read, {@value #CHUNK_RECORDS} records at a time, in memory that does not
 * grow with the number of records (it iterates the acknowledgement's results twice, never copying them).
 * Thread-safe.
 */
public final class AcknowledgementEncoder {

    /** Our code system marker for the record detail codes (they have no OID). */
    public static final String DETAIL_CODE_SYSTEM_NAME = "CP-IS-RecordDetail";

    /** How many records one step of the stream transforms. */
    static final int CHUNK_RECORDS = 500;

    private final XsltExecutable stylesheet = Stylesheets.get("la-acknowledgement-encode");

    /** The whole acknowledgement in memory: for small ones (tests, the validator); the service uses {@link #stream}. */
    public byte[] encode(UploadAcknowledgement ack) {
        try (InputStream wire = stream(ack)) {
            return wire.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the acknowledgement of file " + ack.sequenceId(), e);
        }
    }

    /**
     * The acknowledgement's wire bytes (UTF-8), produced as they are read. The LA it goes to is checked at once
     * ({@link IllegalArgumentException} without an ODS code or name); the results are read while the stream is.
     */
    public InputStream stream(UploadAcknowledgement ack) {
        Objects.requireNonNull(ack.recipient(), "an acknowledgement goes to a Local Authority");
        long successful = ack.successfulCount();
        long failed = ack.results().size() - successful;
        InternalWriter recipient = new InternalWriter("ackRecipient");
        LocalAuthorityMapping.writeLenient(recipient, ack.recipient());
        recipient.leaf("failed", failed);
        InternalWriter head = new InternalWriter("ackHead");
        head.leaf("creationTime", Hl7Time.format(ack.createdAt()))
                .leaf("sequenceId", wireSequenceId(ack.sequenceId()))
                .leaf("recordsProcessed", ack.recordsProcessed());
        head.start("fileOutcome").leaf("code", ack.fileOutcome().name())
                .leaf("displayName", ack.fileOutcome().displayName()).end();
        InternalWriter tail = new InternalWriter("ackTail");
        tail.leaf("successful", successful);
        return new AcknowledgementStream(stylesheet, ack, head.build(), recipient.build(), tail.build(), failed > 0);
    }

    /** Adds the refused record to an {@code ackRefused} part. */
    static void refused(InternalWriter w, RecordResult r) {
        w.start("refused").leaf("code", r.outcome().name()).leaf("codeSystem", RecordOutcome.CODE_SYSTEM)
                .leaf("displayName", r.outcome().displayName());
        RecordDetail d = r.detail();
        if (d != null) {
            w.start("detail").leaf("code", d.code()).leaf("codeSystemName", DETAIL_CODE_SYSTEM_NAME)
                    .leaf("displayName", d.message()).end();
        }
        w.leaf("location", location(r.record().position())).end();
    }

    /** Adds the record to an {@code ackReturned} part when it can be returned. */
    static void returned(InternalWriter w, RecordResult r, UploadedLocalAuthority la) {
        if (RecordWriting.isReturnable(r.record(), !r.isSuccess())) {
            w.start("returned").leaf("valid", r.isSuccess());
            RecordWriting.writeReturned(w, r.record(), la, !r.isSuccess());
            w.end();
        }
    }

    /** The XPath of a record in the original upload, e.g. {@code /File/record[3]}. */
    public static String location(int position) {
        return "/File/record[" + position + "]";
    }

    /** Whether the acknowledgement returns every record it processed (see the class comment). */
    public static boolean returnsEveryRecord(UploadAcknowledgement ack) {
        if (ack.results().size() != ack.recordsProcessed()) {
            return false;
        }
        for (RecordResult r : ack.results()) {
            if (!RecordWriting.isReturnable(r.record(), !r.isSuccess())) {
                return false;
            }
        }
        return true;
    }

    /** The id the wire carries: the sequence id, "-1" when it is unknown. */
    static String wireSequenceId(String sequenceId) {
        return sequenceId == null || sequenceId.isBlank() ? UploadAcknowledgement.UNKNOWN_SEQUENCE_ID : sequenceId.strip();
    }
}
