package org.cpis.server.cli.la;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.cpis.sft.la.FileLine;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.SendAttempt;
import org.cpis.sft.la.state.UploadFileEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code la status}: the upload files and their statuses; one file's records with {@code --file}. */
@Command(name = "status",
        description = {"Lists the upload files with the statuses an LA user knows: created, validation failure, sent,"
                + " file-level error, successful, partial, unsuccessful, PDS unavailable; when each was sent and what"
                + " happens next. --file shows one file's records, each with its outcome and reason.",
                "Exit status 0 done; 3 failed."})
final class LaStatusCommand extends LaSubcommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json. Default: table. CSV and JSON carry every record.")
    String format;

    @Option(names = "--file", paramLabel = "SEQUENCE-ID", description = "Show this file's records.")
    String file;

    LaStatusCommand(LaContext context) {
        super(context);
    }

    @Override
    int run() {
        OutputFormat chosen = OutputFormat.of(spec, format);
        List<FileLine> lines = client().status();
        if (file != null) {
            lines = lines.stream().filter(l -> l.file().sequenceId().equals(file) || l.file().name().equals(file))
                    .toList();
            if (lines.isEmpty()) {
                throw new LaClientException(LaCode.FILE_UNKNOWN, "no upload file '" + file + "': the sequence ids are"
                        + " listed by 'la status'");
            }
        }
        PrintWriter out = out();
        switch (chosen) {
            case TABLE -> {
                if (file == null) {
                    table(lines, out);
                } else {
                    detail(lines.get(0), out);
                }
            }
            case CSV -> csv(lines, out);
            case JSON -> json(lines, out);
        }
        out.flush();
        return LaExit.OK;
    }

    /** What happens to the file next, in words. */
    static String next(FileLine line) {
        UploadFileEntry f = line.file();
        return switch (f.status()) {
            case CREATED -> "send now";
            case SENT -> line.due() ? "send again now (no acknowledgement in time)"
                    : "send again from " + Shown.time(line.dueAt()) + " without acknowledgement";
            case PDS_UNAVAILABLE -> "send again now";
            case VALIDATION_FAILURE -> "never sent: fix the problems (la status --file " + f.sequenceId() + ")";
            case FILE_LEVEL_ERROR -> "needs a person (la status --file " + f.sequenceId() + ")";
            default -> "done";
        };
    }

    private static long count(UploadFileEntry f, boolean loaded) {
        return f.records().stream().filter(r -> r.outcome() != null && r.outcome().isSuccess() == loaded).count();
    }

    private static void table(List<FileLine> lines, PrintWriter out) {
        if (lines.isEmpty()) {
            out.println("No upload file yet: run 'la build'.");
            return;
        }
        Table t = new Table("Seq", "File", "Created", "Status", "Last sent", "Sends", "Records", "Loaded", "Refused",
                "Next");
        for (FileLine line : lines) {
            UploadFileEntry f = line.file();
            boolean answered = f.status().isFinal();
            t.row(f.sequenceId(), f.name(), Shown.time(f.createdAt()), f.status().label(),
                    f.lastSend().map(SendAttempt::at).map(Shown::time).orElse(""), f.sends().size(), f.records().size(),
                    answered ? count(f, true) : "", answered ? count(f, false) : "", next(line));
        }
        t.print(out, "");
    }

    private static void detail(FileLine line, PrintWriter out) {
        UploadFileEntry f = line.file();
        out.println("Upload file " + f.name() + " (sequence id " + f.sequenceId() + ")");
        out.println("  Status:  " + f.status().label() + (f.fileOutcome() == null ? ""
                : " (" + f.fileOutcome() + " " + f.fileOutcome().displayName() + ", acknowledged "
                + Shown.time(f.acknowledgedAt()) + ")"));
        out.println("  Created: " + Shown.time(f.createdAt()));
        for (SendAttempt s : f.sends()) {
            out.println("  Sent:    " + Shown.time(s.at()) + " as " + s.trackingId());
        }
        out.println("  Next:    " + next(line));
        for (String p : f.problems()) {
            out.println("  " + p);
        }
        Table t = new Table("Record", "Local id", "Subject", "NHS number", "Outcome", "Reason");
        for (FileRecord r : f.records()) {
            t.row(r.position(), r.localId(), subject(r), Shown.nhs(r.nhsNumber()),
                    r.outcome() == null ? "" : r.outcome().name(), r.reason() == null ? "" : r.reason());
        }
        t.print(out, "  ");
    }

    private static String subject(FileRecord r) {
        return r.kind() == org.cpis.core.model.SubjectKind.UNBORN_CHILD ? "unborn (mother)" : "child";
    }

    private static void csv(List<FileLine> lines, PrintWriter out) {
        LaCsv csv = new LaCsv(out, "sequence_id", "file", "created", "status", "file_outcome", "acknowledged",
                "last_sent", "sends", "next", "record", "local_child_id", "subject", "nhs_number", "record_outcome",
                "reason");
        for (FileLine line : lines) {
            UploadFileEntry f = line.file();
            for (FileRecord r : f.records()) {
                csv.row(f.sequenceId(), f.name(), Shown.iso(f.createdAt()), f.status().label(),
                        f.fileOutcome() == null ? "" : f.fileOutcome().name(), Shown.iso(f.acknowledgedAt()),
                        f.lastSend().map(s -> Shown.iso(s.at())).orElse(""), f.sends().size(), next(line),
                        r.position(), r.localId(), subject(r), r.nhsNumber(), r.outcome() == null ? "" : r.outcome().name(),
                        r.reason() == null ? "" : r.reason());
            }
        }
        csv.flush();
    }

    private static void json(List<FileLine> lines, PrintWriter out) {
        ArrayNode files = LaJson.array();
        for (FileLine line : lines) {
            UploadFileEntry f = line.file();
            ObjectNode o = files.addObject().put("sequenceId", f.sequenceId()).put("file", f.name())
                    .put("created", Shown.iso(f.createdAt())).put("status", f.status().label())
                    .put("statusCode", f.status().name())
                    .put("fileOutcome", f.fileOutcome() == null ? null : f.fileOutcome().name())
                    .put("acknowledged", Shown.iso(f.acknowledgedAt()))
                    .put("due", line.due()).put("dueAt", Shown.iso(line.dueAt())).put("next", next(line));
            ArrayNode sends = o.putArray("sends");
            f.sends().forEach(s -> sends.addObject().put("at", Shown.iso(s.at())).put("trackingId", s.trackingId()));
            ArrayNode problems = o.putArray("problems");
            f.problems().forEach(problems::add);
            ArrayNode records = o.putArray("records");
            for (FileRecord r : f.records()) {
                records.addObject().put("record", r.position()).put("localChildId", r.localId()).put("subject", subject(r))
                        .put("nhsNumber", r.nhsNumber()).put("outcome", r.outcome() == null ? null : r.outcome().name())
                        .put("detailCode", r.detailCode()).put("reason", r.reason());
            }
        }
        LaJson.write(LaJson.object().set("files", files), out);
    }
}
