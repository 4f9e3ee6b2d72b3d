package org.cpis.sft.la;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.FileOutcomeRule;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;

/** Real Acknowledgement Responses for files the client built, encoded by the gateway's encoder as CP-IS sends them. */
final class Acknowledgements {

    private Acknowledgements() {
    }

    /** Every record refused by its position gets its detail; the others are loaded. */
    static byte[] forFile(Path uploadFile, String sequenceId, Map<Integer, RecordDetail> refused, Instant at) {
        List<UploadRecord> records = LaFixture.records(uploadFile);
        List<RecordResult> results = new ArrayList<>();
        for (UploadRecord r : records) {
            RecordDetail d = refused.get(r.position());
            results.add(d == null ? RecordResult.success(r) : RecordResult.failure(r, d));
        }
        FileOutcome outcome = new FileOutcomeRule().outcomeOf(results);
        return new AcknowledgementEncoder().encode(new UploadAcknowledgement(sequenceId,
                LaFixture.header(uploadFile).sender(), at, outcome, null, records.size(), results));
    }

    /** A file-level outcome: CPF01 (with its problem), CPF05 or CPF06; no record processed. */
    static byte[] fileLevel(Path uploadFile, String sequenceId, FileProblem problem, Instant at) {
        return new AcknowledgementEncoder().encode(new UploadAcknowledgement(sequenceId,
                LaFixture.header(uploadFile).sender(), at, problem.outcome(), problem, -1, List.of()));
    }
}
