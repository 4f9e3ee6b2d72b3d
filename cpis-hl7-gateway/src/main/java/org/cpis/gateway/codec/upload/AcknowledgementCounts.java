package org.cpis.gateway.codec.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;

/**
 * The counts of an acknowledgement and the rules that tie them together (CPIS-C015):
 * <ul>
 *   <li>failedReturnedCP-ISRecords equals the number of refused records (acknowledgementRecordDetails whose
 *       code is not CPR06);</li>
 *   <li>after a file-level outcome (CPF01, CPF05, CPF06) no record is counted; otherwise failed + successful
 *       equals transmissionQuantity (the records processed), and the outcome follows from them: CPF02 none
 *       failed, CPF04 none successful, CPF03 some of each;</li>
 *   <li>every location points at a record processed;</li>
 *   <li>when every record is returned (as many messages as records processed), the refused ones are returned
 *       as invalidCP-ISRecord and the others as validCP-ISRecord.</li>
 * </ul>
 */
record AcknowledgementCounts(FileOutcome outcome, int recordsProcessed, int failed, int successful) {

    private static final String ROOT = "/FileResponse";

    /**
     * @param details the records located by acknowledgementRecordDetails, by position
     * @param valid   per returned record, in order, whether it is a validCP-ISRecord
     */
    List<Problem> check(Map<Integer, ReceivedRecord> details, List<Boolean> valid) {
        List<Problem> problems = new ArrayList<>();
        long refused = details.values().stream().filter(r -> r.outcome() != RecordOutcome.CPR06).count();
        if (failed != refused) {
            problems.add(problem("failedReturnedCP-ISRecords is " + failed + " but " + refused
                    + " records are refused in acknowledgementRecord", "/failedReturnedCP-ISRecords"));
        }
        if (!outcome.isFinal()) {
            if (failed != 0 || successful != 0) {
                problems.add(problem(outcome + " is a file-level outcome, yet " + failed + " failed and " + successful
                        + " successful records are counted", "/successfulReturnedCP-ISRecords"));
            }
            return problems;
        }
        if (failed + successful != recordsProcessed) {
            problems.add(problem("failed " + failed + " + successful " + successful + " is not transmissionQuantity "
                    + recordsProcessed, "/transmissionQuantity"));
        }
        boolean agrees = switch (outcome) {
            case CPF02 -> failed == 0;
            case CPF04 -> successful == 0;
            default -> failed > 0 && successful > 0;
        };
        if (!agrees) {
            problems.add(problem(outcome + " " + outcome.displayName() + " with " + failed + " failed and "
                    + successful + " successful records", "/acknowledgementFile/acknowledgementFileDetail/code"));
        }
        details.keySet().stream().filter(p -> p < 1 || p > recordsProcessed).forEach(p -> problems.add(Problem.at(
                ProblemCode.VALUE, "location names record " + p + " of " + recordsProcessed, 0, 0,
                ROOT + "/acknowledgementRecord")));
        if (valid.size() == recordsProcessed) {
            long invalid = valid.stream().filter(v -> !v).count();
            if (invalid != failed) {
                problems.add(problem(invalid + " records returned as invalidCP-ISRecord but " + failed + " failed",
                        "/message"));
            }
            details.values().stream()
                    .filter(r -> r.outcome() != RecordOutcome.CPR06 && r.position() >= 1 && r.position() <= valid.size()
                            && valid.get(r.position() - 1))
                    .forEach(r -> problems.add(problem("record " + r.position() + " is refused but returned as "
                            + "validCP-ISRecord", "/message[" + r.position() + "]")));
        }
        return problems;
    }

    private static Problem problem(String detail, String path) {
        return Problem.at(ProblemCode.ACK_COUNTS, detail, 0, 0, ROOT + path);
    }
}
