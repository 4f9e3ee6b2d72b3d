package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;

/** The acknowledgements of the golden files: the answers to the five-child upload and to files refused whole. */
final class AcknowledgementCases {

    static final Instant AT = Instant.parse("2024-03-12T18:05:09Z");
    static final UploadedLocalAuthority WESTSHIRE = UploadCodecTest.WESTSHIRE;

    private AcknowledgementCases() {
    }

    /** CPF02: every record of the five-child upload stored. */
    static UploadAcknowledgement successful() {
        List<RecordResult> results = UploadCodecTest.fiveChildren().stream().map(RecordResult::success).toList();
        return new UploadAcknowledgement("1042", WESTSHIRE, AT, FileOutcome.CPF02, null, 5, results);
    }

    /**
     * CPF03: records 1 and 4 stored; 2 not found on PDS, 3 (the unborn child's mother) not verified, 5 sent
     * without a birth date (nor names).
     */
    static UploadAcknowledgement partial() {
        List<UploadRecord> r = UploadCodecTest.fiveChildren();
        UploadRecord noBirthDate = new UploadRecord(5, r.get(4).subjectKind(), r.get(4).nhsNumber(), r.get(4).localId(),
                new PersonName(null, null), null, r.get(4).plans());
        return new UploadAcknowledgement("1042", WESTSHIRE, AT, FileOutcome.CPF03, null, 5, List.of(
                RecordResult.success(r.get(0)),
                RecordResult.failure(r.get(1), RecordDetail.PDS_NOT_FOUND),
                RecordResult.failure(r.get(2), RecordDetail.PDS_NOT_VERIFIED),
                RecordResult.success(r.get(3)),
                RecordResult.failure(noBirthDate, RecordDetail.BIRTH_DATE_MISSING)));
    }

    /**
     * CPF04: no record stored: an old-style NHS number, and an LA that sent only its office hours number (no
     * emergency duty number).
     */
    static UploadAcknowledgement unsuccessful() {
        UploadedLocalAuthority officeOnly = new UploadedLocalAuthority("Y05", "EASTHAM BOROUGH COUNCIL", null, "01632960123");
        List<UploadRecord> r = UploadCodecTest.fiveChildren();
        UploadRecord oldStyle = new UploadRecord(1, r.get(0).subjectKind(), "123456789", r.get(0).localId(),
                r.get(0).name(), r.get(0).birthDate(), r.get(0).plans());
        UploadRecord second = new UploadRecord(2, r.get(3).subjectKind(), r.get(3).nhsNumber(), r.get(3).localId(),
                r.get(3).name(), r.get(3).birthDate(), r.get(3).plans());
        return new UploadAcknowledgement("77", officeOnly, AT, FileOutcome.CPF04, null, 2, List.of(
                RecordResult.failure(oldStyle, RecordDetail.NHS_NUMBER_NOT_NEW_STYLE),
                RecordResult.failure(second, RecordDetail.EMERGENCY_PHONE_MISSING)));
    }

    /** CPF01: the file's sequence id could not be read, so the answer carries id -1 and no count. */
    static UploadAcknowledgement fileLevelError() {
        return new UploadAcknowledgement(UploadAcknowledgement.UNKNOWN_SEQUENCE_ID, WESTSHIRE, AT, FileOutcome.CPF01,
                FileProblem.SEQUENCE_ID_MISSING, -1, List.of());
    }

    /** CPF05: PDS could not be asked; nothing stored, the LA resends the whole file. */
    static UploadAcknowledgement pdsUnavailable() {
        return new UploadAcknowledgement("1042", WESTSHIRE, AT, FileOutcome.CPF05, FileProblem.DEMOGRAPHICS_UNAVAILABLE,
                -1, List.of());
    }
}
