package org.cpis.server.cli.la;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.ChildChange;
import org.cpis.sft.la.build.Exclusion;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.UploadFileEntry;

/** What a build did, for people. */
final class BuildOutput {

    private BuildOutput() {
    }

    static void print(BuildReport report, PrintWriter out) {
        out.println("Read " + report.childrenRead() + " child" + (report.childrenRead() == 1 ? "" : "ren") + " from "
                + report.export() + ".");
        List<String> parts = new ArrayList<>();
        add(parts, report.count(ChildChange.NEW), "new");
        add(parts, report.count(ChildChange.CHANGED), "changed");
        add(parts, report.count(ChildChange.WITHDRAWN), "left the export or the cohort (open plans ended)");
        add(parts, report.count(ChildChange.UNCHANGED), "unchanged (nothing sent)");
        add(parts, report.count(ChildChange.PROBLEM), "held back by a problem");
        if (!parts.isEmpty()) {
            out.println("Children: " + String.join(", ", parts) + ".");
        }
        if (!report.notInCohort().isEmpty()) {
            List<String> why = new ArrayList<>();
            for (Exclusion e : Exclusion.values()) {
                Integer n = report.notInCohort().get(e);
                if (n != null) {
                    why.add(n + " " + e.reason());
                }
            }
            out.println("Not for CP-IS: " + String.join("; ", why) + ".");
        }
        if (report.files().isEmpty()) {
            out.println("No upload file written: nothing to send.");
        }
        for (UploadFileEntry f : report.files()) {
            out.println((f.status() == FileStatus.CREATED ? "Wrote " : "FAILED its check: ") + f.fileName()
                    + " (sequence id " + f.sequenceId() + ", " + f.records().size() + " record"
                    + (f.records().size() == 1 ? "" : "s") + ")" + (f.status() == FileStatus.CREATED
                    ? ", checked: ready to send" : " - never sent; see 'la status --file " + f.sequenceId() + "'"));
        }
    }

    private static void add(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }
}
