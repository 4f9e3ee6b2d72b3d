package org.cpis.gateway.codec.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.UploadRecordChecks;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.GoodRecord;
import org.cpis.gateway.codec.upload.RecordProblem;
import org.cpis.gateway.codec.upload.UnreadableUploadException;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;

/**
 * The business rules of an LA Upload, read as a stream so that a file of any size can be checked: what the
 * decoder refuses per record (schema, unreal dates, contentIds), then the very checks CP-IS applies on receipt
 * (the core's {@link UploadRecordChecks}: NHS number check digit, the LA's details, start dates, start not after
 * end, the UCPP's due date, the mother's details), each reported with its CPRD code, and last the record count
 * against transmissionQuantity.
 */
final class UploadRules {

    private final UploadDecoder decoder = new UploadDecoder();
    private final UploadRecordChecks checks = new UploadRecordChecks();

    List<Problem> check(InputStream in) {
        List<Problem> problems = new ArrayList<>();
        try (UploadReader reader = decoder.open(in)) {
            var sender = reader.header().sender();
            for (DecodedRecord record : reader) {
                if (record instanceof RecordProblem refused) {
                    problems.addAll(refused.problems());
                } else {
                    GoodRecord good = (GoodRecord) record;
                    Optional<RecordDetail> failure = checks.firstFailure(good.record(), sender);
                    failure.ifPresent(d -> problems.add(new Problem(d.code(), d.outcome() + " " + d.message()
                            + describe(good), 0, 0, "/File/record" + (good.record().position() == 1 ? ""
                            : "[" + good.record().position() + "]"))));
                }
            }
            reader.recordCountProblem().ifPresent(problems::add);
        } catch (UnreadableUploadException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    private static String describe(GoodRecord good) {
        String local = good.record().localId();
        return local == null ? "" : " (record " + good.record().position() + ", local id " + local + ")";
    }
}
