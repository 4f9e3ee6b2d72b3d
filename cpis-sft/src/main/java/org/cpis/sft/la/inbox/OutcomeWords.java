package org.cpis.sft.la.inbox;

import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.sft.la.state.FileStatus;

/**
 * The acknowledgement's codes in the words an LA user reads (LA-SIDE-BEHAVIOUR.md "File statuses" and "Record-level
 * outcomes"; CP-SC020): per file its status, per record "loaded" or the reason and what to do.
 */
public final class OutcomeWords {

    private OutcomeWords() {
    }

    /** The file status an acknowledgement's file outcome gives. */
    public static FileStatus status(FileOutcome outcome) {
        return switch (outcome) {
            case CPF01, CPF06 -> FileStatus.FILE_LEVEL_ERROR;
            case CPF02 -> FileStatus.SUCCESSFUL;
            case CPF03 -> FileStatus.PARTIAL;
            case CPF04 -> FileStatus.UNSUCCESSFUL;
            case CPF05 -> FileStatus.PDS_UNAVAILABLE;
        };
    }

    /** What a file outcome means for the LA user and what happens next. */
    public static String fileMeaning(FileOutcome outcome) {
        return switch (outcome) {
            case CPF01 -> "file-level error: CP-IS could not read the file and loaded nothing. Check the file with"
                    + " 'cpis la check'; once the cause is fixed send its children again with"
                    + " 'cpis la build --resend-file <sequence id>'";
            case CPF02 -> "successful: every record was loaded";
            case CPF03 -> "partial: some records were loaded, the others were refused (see each record's reason)";
            case CPF04 -> "unsuccessful: no record was loaded (see each record's reason)";
            case CPF05 -> "PDS unavailable: CP-IS could not check NHS numbers and loaded nothing; the whole file is"
                    + " sent again automatically";
            case CPF06 -> "file-level error: CP-IS no longer supports this version of the CP-IS client; nothing was"
                    + " loaded. Upgrade the client";
        };
    }

    /** A record's outcome in words, with what to do. */
    public static String reason(RecordOutcome outcome, RecordDetail detail) {
        String words = switch (outcome) {
            case CPR01 -> detail == RecordDetail.PDS_INVALID ? "NHS number marked invalid on PDS: check the number"
                    : "NHS number not found on PDS: check the number";
            case CPR02 -> "sensitive record on PDS: CP-IS cannot hold this child's information";
            case CPR03 -> "NHS number not verified: the date of birth and names do not match PDS closely enough;"
                    + " check them against PDS";
            case CPR04 -> "NHS number in the wrong format";
            case CPR05 -> "NHS number superseded on PDS: send the child's new NHS number";
            case CPR06 -> "loaded";
            case CPR07 -> "missing data: " + (detail == null ? "CP-IS gave no detail" : detail.message());
        };
        return detail == null ? words : words + " (" + detail.code() + ")";
    }
}
