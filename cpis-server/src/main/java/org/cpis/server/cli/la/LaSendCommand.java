package org.cpis.server.cli.la;

import java.io.PrintWriter;
import org.cpis.sft.la.send.SendReport;
import picocli.CommandLine.Command;

/** {@code la send}: every file due, through the LA's transport. */
@Command(name = "send",
        description = {"Sends every upload file that is due through the LA's transport (the MESH client's OUT"
                + " folder, or the MESH API with transport=mesh-api): new files ('created'), files without"
                + " acknowledgement after upload.resubmit-after (15 hours, CP-SC017) and files answered 'PDS"
                + " unavailable'. A resubmission is the same file with the same"
                + " sequence id. Files with a validation failure are never sent.",
                "Exit status 0 done; 1 a file could not be sent; 3 failed (e.g. sending switched off, CP-SC014;"
                        + " MESH refused the mailbox's credentials or the TLS connection failed)."})
final class LaSendCommand extends LaSubcommand {

    LaSendCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        SendReport report = client().send();
        print(report, out());
        out().flush();
        return report.failures().isEmpty() ? LaExit.OK : LaExit.ATTENTION;
    }

    static void print(SendReport report, PrintWriter out) {
        if (report.switchedOff()) {
            out.println("Sending is switched off (sending.enabled=false, CP-SC014): " + report.waiting() + " file"
                    + (report.waiting() == 1 ? "" : "s") + " wait.");
            return;
        }
        if (report.sent().isEmpty() && report.resent().isEmpty() && report.failures().isEmpty()) {
            out.println("Nothing to send.");
        }
        report.sent().forEach(n -> out.println("Sent " + n));
        report.resent().forEach(n -> out.println("Sent again " + n + " (no acknowledgement in time, or PDS unavailable)"));
        report.failures().forEach(f -> out.println("NOT sent " + f));
    }
}
