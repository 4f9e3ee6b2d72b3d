package org.cpis.sft.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The plain-text reports the folder door leaves in a mailbox's ERROR folder, for the people at the Local Authority:
 * the code, what is wrong and what to do, in words.
 */
final class ErrorReports {

    private ErrorReports() {
    }

    /** The report beside a pair that was not taken. */
    static String forPair(Refusal refusal, List<String> files, String mailbox, String reference, Instant at) {
        return "CP-IS did not take the message below.\n\n"
                + line("Files", String.join(", ", files))
                + line("Mailbox", mailbox)
                + line("Code", code(refusal))
                + line("What is wrong", refusal.whatIsWrong())
                + line("What to do", refusal.whatToDo())
                + line("When", at.truncatedTo(ChronoUnit.SECONDS).toString())
                + line("Reference", reference)
                + "\nThe files are kept in this folder as they arrived; CP-IS will not look at them again. To send the"
                + " message\nagain, put the corrected pair into OUT: the data file first, then the control file.\n";
    }

    /** The report in the ERROR folder of a mailbox folder CP-IS does not take messages from. */
    static String forClosedMailbox(Refusal refusal, String folder, Instant at) {
        return "CP-IS is not taking messages from this folder.\n\n"
                + line("Folder", folder)
                + line("Code", code(refusal))
                + line("What is wrong", refusal.whatIsWrong())
                + line("What to do", refusal.whatToDo())
                + line("Since", at.truncatedTo(ChronoUnit.SECONDS).toString())
                + "\nThe files in OUT are left as they are. This report is written once, and removed when the mailbox"
                + " is\nopen to the folder door again.\n";
    }

    static void write(Path file, String report) throws IOException {
        DurableFiles.write(file, out -> out.write(report.getBytes(StandardCharsets.UTF_8)));
    }

    private static String code(Refusal refusal) {
        return refusal.code() + (refusal.meshStatus() == null ? "" : " (MESH status " + refusal.meshStatus() + ")");
    }

    private static String line(String label, String value) {
        return String.format("%-15s%s", label + ":", value) + "\n";
    }
}
