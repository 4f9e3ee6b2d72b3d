package org.cpis.sft.la.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.rules.PlanVisibilityPolicy;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.upload.UploadEncoder;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.check.CheckFinding;
import org.cpis.sft.la.check.CheckMessages;
import org.cpis.sft.la.check.FileCheck;
import org.cpis.sft.la.check.LocalChecks;
import org.cpis.sft.la.check.UploadChecker;
import org.cpis.sft.la.export.ChildExport;
import org.cpis.sft.la.export.ExportProblem;
import org.cpis.sft.la.export.ExportedChild;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.state.AtomicFiles;
import org.cpis.sft.la.state.ChildEntry;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.HeldRecord;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.UploadFileEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cpis la build}: from the export and what was sent before, writes the upload files that bring CP-IS up to
 * date (CP-SC005, CP-SC006, CP-SC009, CP-SC016, CP-SC018):
 * <ol>
 *   <li>plans each child ({@link ChildPlanner}), including the children that left the export;</li>
 *   <li>lets one NHS number stand for one child ({@link NumberClaims});</li>
 *   <li>sends everything CP-IS still shows again when the LA's contact details changed, or when asked;</li>
 *   <li>checks each child's records first ({@link LocalChecks}): a child with a problem is left out of the files,
 *       so one child's missing data never holds back the others, and what was sent for it before stays;</li>
 *   <li>writes the files, at most {@code upload.max-records-per-file} records each, with sequence ids one above the
 *       last ever used, and checks each file as {@code cpis la check} does ({@link UploadChecker}); a record the
 *       check refuses is taken out and the file written again; a file whose header is refused gets the status
 *       "validation failure" and is never sent;</li>
 *   <li>saves what each child now holds and the new files (status "created") in one atomic save.</li>
 * </ol>
 */
public final class UploadBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(UploadBuilder.class);
    private static final Pattern ENCODER_RECORD = Pattern.compile("^record (\\d+): (.*)$");

    private final LaSettings settings;
    private final Clock clock;
    private final UploadChecker checker;
    private final ChildPlanner planner;
    private final LocalChecks localChecks = new LocalChecks();
    private final NumberClaims claims = new NumberClaims();
    private final UploadEncoder encoder = new UploadEncoder();
    private final PlanVisibilityPolicy visibility = new PlanVisibilityPolicy();

    public UploadBuilder(LaSettings settings, Clock clock, UploadChecker checker) {
        this.settings = settings;
        this.clock = clock;
        this.checker = checker;
        this.planner = new ChildPlanner(new CohortPolicy(settings));
    }

    /** The name of the upload file with this sequence id, e.g. {@code CPIS_X09_00000012}. */
    public static String fileName(String odsCode, long sequenceId) {
        return "CPIS_" + odsCode + "_" + String.format("%08d", sequenceId);
    }

    public BuildReport build(LaStateStore store, ChildExport export, BuildOptions options, Progress progress) {
        LaState state = store.state();
        LocalDate today = ServiceCalendar.today(clock);
        Instant now = clock.instant();
        List<Finding> findings = new ArrayList<>();
        for (ExportProblem p : export.problems()) {
            findings.add(Finding.problem(p.code(), p.localId(), p.export() + " " + p.where()
                    + (p.localId() == null ? "" : ", child " + p.localId()) + (p.field() == null ? "" : ", " + p.field())
                    + ": " + p.problem()));
        }
        Map<String, ExportedChild> exported = new LinkedHashMap<>();
        for (ExportedChild c : export.children()) {
            exported.put(c.localId(), c);
        }
        Set<String> unreadable = export.unreadableChildren();
        if (exported.isEmpty() && !options.allowEmptyExport()
                && state.children().stream().anyMatch(c -> !c.records().isEmpty())) {
            throw new LaClientException(LaCode.EXPORT_EMPTY, export.name() + " has no child that could be read, but "
                    + state.children().size() + " children were sent before: building from it would end every"
                    + " child's plans. Check the export; if every child's plans really ended, run build with"
                    + " --allow-empty-export");
        }
        List<ChildEntry> vanished = state.children().stream()
                .filter(c -> !exported.containsKey(c.localId()) && !unreadable.contains(c.localId())).toList();
        progress.start("children", (long) exported.size() + vanished.size());
        List<ChildPlan> plans = new ArrayList<>();
        long done = 0;
        for (ExportedChild c : exported.values()) {
            plans.add(planner.plan(c.localId(), c, state.child(c.localId()).orElse(null), state, today));
            progress.advance(++done);
        }
        for (ChildEntry entry : vanished) {
            plans.add(planner.plan(entry.localId(), null, entry, state, today));
            progress.advance(++done);
        }
        progress.finish();
        plans = claims.resolve(plans, reserved(state, unreadable));
        String contact = settings.contactFingerprint();
        List<ChildPlan> checked = new ArrayList<>(plans.size());
        for (ChildPlan p : plans) {
            checked.add(checkLocally(force(p, options, contact, today)));
        }
        plans = checked;

        List<List<Integer>> chunks = chunks(plans);
        List<UploadFileEntry> files = new ArrayList<>();
        Map<Integer, String> sentIn = new HashMap<>();
        long sequence = state.nextSequenceId(settings.firstSequenceId());
        int recordsWritten = 0;
        progress.start("upload files", chunks.size());
        int fileCount = 0;
        for (List<Integer> chunk : chunks) {
            UploadFileEntry file = writeFile(store, plans, chunk, sequence, now);
            if (file != null) {
                files.add(file);
                sequence++;
                if (file.status() == FileStatus.CREATED) {
                    recordsWritten += file.records().size();
                    for (int i : chunk) {
                        if (!plans.get(i).hasProblem()) {
                            sentIn.put(i, file.sequenceId());
                        }
                    }
                }
            }
            progress.advance(++fileCount);
        }
        progress.finish();
        for (int i = 0; i < plans.size(); i++) {
            ChildPlan p = plans.get(i);
            if (!p.toSend().isEmpty() && !sentIn.containsKey(i) && !p.hasProblem()) {
                plans.set(i, p.heldBack(List.of(Finding.problem(LaCode.MESSAGE_RULES, p.localId(), "Child "
                        + p.localId() + " was in an upload file that failed its check: it is sent with the next"
                        + " build once the file's problems are fixed"))));
            }
        }
        commit(state, plans, sentIn, files, contact, exported);
        store.save();
        return report(export, exported.size(), plans, findings, files, recordsWritten);
    }

    /** Numbers held by children whose rows could not be read this time: nobody else may take them. */
    private static Map<String, String> reserved(LaState state, Set<String> unreadable) {
        Map<String, String> reserved = new HashMap<>();
        for (String id : unreadable) {
            state.child(id).ifPresent(c -> c.records().forEach(r -> {
                if (r.nhsNumber() != null) {
                    reserved.put(r.nhsNumber(), id);
                }
            }));
        }
        return reserved;
    }

    /**
     * Adds to what goes out every record CP-IS still shows, when the LA's contact details changed since the child was
     * last sent, when the child is to be sent again, or on a full build.
     */
    private ChildPlan force(ChildPlan p, BuildOptions options, String contact, LocalDate today) {
        if (p.hasProblem()) {
            return p;
        }
        boolean again = options.full() || options.resendChildren().contains(p.localId())
                || p.previous() != null && (p.previous().resend() || !contact.equals(p.previous().contact()));
        if (!again) {
            return p;
        }
        List<HeldRecord> toSend = new ArrayList<>(p.toSend());
        for (HeldRecord r : p.held()) {
            if (!toSend.contains(r) && shown(r, today)) {
                toSend.add(r);
            }
        }
        return p.withToSend(toSend);
    }

    private boolean shown(HeldRecord r, LocalDate today) {
        LocalDate birthDate = r.kind() == SubjectKind.CHILD ? r.birthDate() : null;
        return r.plans().stream().anyMatch(p -> p.start() == null || visibility.isVisible(p.toPlan(), birthDate, today));
    }

    private ChildPlan checkLocally(ChildPlan p) {
        if (p.hasProblem() || p.toSend().isEmpty()) {
            return p;
        }
        List<Finding> problems = new ArrayList<>();
        for (HeldRecord r : p.toSend()) {
            UploadRecord u = r.toUploadRecord(1, p.localId());
            for (LaCode code : localChecks.check(u)) {
                String hint = p.bornHint() != null && r.kind() == SubjectKind.CHILD ? p.bornHint() : "";
                problems.add(Finding.problem(code, p.localId(), CheckMessages.describe(code, u, p.localId()) + hint));
            }
        }
        return problems.isEmpty() ? p : p.heldBack(problems);
    }

    /** The children to send, grouped into files: a child's records always share a file. */
    private List<List<Integer>> chunks(List<ChildPlan> plans) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int records = 0;
        for (int i = 0; i < plans.size(); i++) {
            ChildPlan p = plans.get(i);
            if (p.hasProblem() || p.toSend().isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && records + p.toSend().size() > settings.maxRecordsPerFile()) {
                chunks.add(current);
                current = new ArrayList<>();
                records = 0;
            }
            current.add(i);
            records += p.toSend().size();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Writes and checks one file; children whose records the check refuses are held back (their plan is replaced in
     * {@code plans}) and the file is written again without them. {@code null} when no child is left.
     */
    private UploadFileEntry writeFile(LaStateStore store, List<ChildPlan> plans, List<Integer> chunk, long sequence,
                                      Instant now) {
        List<Integer> children = new ArrayList<>(chunk);
        String name = fileName(settings.odsCode(), sequence);
        Path path = store.uploads().resolve(name + ".xml");
        while (!children.isEmpty()) {
            List<UploadRecord> records = new ArrayList<>();
            List<FileRecord> fileRecords = new ArrayList<>();
            Map<Integer, Integer> childAt = new HashMap<>();
            for (int i : children) {
                ChildPlan p = plans.get(i);
                for (HeldRecord r : p.toSend()) {
                    int position = records.size() + 1;
                    records.add(r.toUploadRecord(position, p.localId()));
                    fileRecords.add(new FileRecord(position, p.localId(), r.kind(), r.nhsNumber(), null, null, null));
                    childAt.put(position, i);
                }
            }
            byte[] bytes;
            try {
                bytes = encoder.encode(new UploadFile(String.valueOf(sequence), now, records.size(),
                        settings.localAuthority(), records, ""));
            } catch (IllegalArgumentException e) {
                Matcher m = ENCODER_RECORD.matcher(e.getMessage() == null ? "" : e.getMessage());
                if (!m.matches()) {
                    return failed(plans, children, sequence, name, now, fileRecords, List.of(LaCode.LA_DETAILS.code()
                            + " " + e.getMessage() + ": correct the LA settings"));
                }
                int i = childAt.get(Integer.parseInt(m.group(1)));
                holdBack(plans, i, LaCode.MESSAGE_RULES, "The records of child " + plans.get(i).localId()
                        + " cannot be written as an upload: " + m.group(2));
                children.remove(Integer.valueOf(i));
                continue;
            }
            try {
                AtomicFiles.write(path, bytes);
            } catch (IOException e) {
                throw new LaClientException(LaCode.STATE_UNREADABLE, "cannot write upload file " + path + ": "
                        + e.getMessage(), e);
            }
            FileCheck check = checker.check(path);
            if (check.passed()) {
                LOG.info("Built upload file {} with {} records", name, records.size());
                return new UploadFileEntry(String.valueOf(sequence), name, now, FileStatus.CREATED, fileRecords,
                        List.of(), List.of(), null, null);
            }
            if (check.hasFileProblem()) {
                return failed(plans, children, sequence, name, now, fileRecords,
                        check.findings().stream().map(CheckFinding::describe).toList());
            }
            for (int position : check.failedPositions()) {
                Integer i = childAt.get(position);
                if (i != null && children.remove(i)) {
                    List<Finding> problems = check.findings().stream().filter(f -> childAt.get(f.position()) == i)
                            .map(f -> Finding.problem(f.code(), plans.get(i).localId(), f.message())).toList();
                    plans.set(i, plans.get(i).heldBack(problems));
                }
            }
        }
        try {
            java.nio.file.Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("could not remove the emptied upload file {}", path, e);
        }
        return null;
    }

    private UploadFileEntry failed(List<ChildPlan> plans, List<Integer> children, long sequence, String name,
                                   Instant now, List<FileRecord> records, List<String> problems) {
        for (int i : children) {
            holdBack(plans, i, LaCode.MESSAGE_RULES, "Child " + plans.get(i).localId() + " was in upload file " + name
                    + ", which failed its check (see 'cpis la status --file " + sequence + "'): not sent");
        }
        LOG.warn("Upload file {} failed its check", name);
        return new UploadFileEntry(String.valueOf(sequence), name, now, FileStatus.VALIDATION_FAILURE, records, problems,
                List.of(), null, null);
    }

    private static void holdBack(List<ChildPlan> plans, int i, LaCode code, String message) {
        plans.set(i, plans.get(i).heldBack(List.of(Finding.problem(code, plans.get(i).localId(), message))));
    }

    private void commit(LaState state, List<ChildPlan> plans, Map<Integer, String> sentIn, List<UploadFileEntry> files,
                        String contact, Map<String, ExportedChild> exported) {
        for (UploadFileEntry f : files) {
            state.addFile(f);
        }
        for (int i = 0; i < plans.size(); i++) {
            ChildPlan p = plans.get(i);
            if (p.hasProblem()) {
                continue;
            }
            ChildEntry before = p.previous();
            String sequence = sentIn.get(i);
            if (before == null && p.held().isEmpty()) {
                continue;
            }
            state.putChild(new ChildEntry(p.localId(), p.held(),
                    sequence != null || before == null ? contact : before.contact(), false,
                    sequence != null ? sequence : before == null ? null : before.lastSequenceId()));
        }
        Set<String> caughtUp = new HashSet<>();
        for (ExportedChild c : exported.values()) {
            state.numberChange(c.localId()).ifPresent(n -> {
                if (n.newNumber().equals(c.nhsNumber()) || n.newNumber().equals(c.mother().nhsNumber())) {
                    caughtUp.add(c.localId());
                }
            });
        }
        caughtUp.forEach(state::removeNumberChange);
    }

    private static BuildReport report(ChildExport export, int read, List<ChildPlan> plans, List<Finding> exportFindings,
                                      List<UploadFileEntry> files, int recordsWritten) {
        Map<ChildChange, Integer> changes = new EnumMap<>(ChildChange.class);
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        List<Finding> findings = new ArrayList<>(exportFindings);
        for (ChildPlan p : plans) {
            ChildChange change = p.change();
            changes.merge(change, 1, Integer::sum);
            if (p.exclusion() != null && change != ChildChange.PROBLEM) {
                excluded.merge(p.exclusion(), 1, Integer::sum);
            }
            findings.addAll(p.findings());
            if (change == ChildChange.WITHDRAWN) {
                findings.add(Finding.note(LaCode.CHILD_WITHDRAWN, p.localId(), "Child " + p.localId() + " is "
                        + (p.exclusion() == null ? "no longer in the export" : "no longer sent: "
                        + p.exclusion().reason()) + "; its open plans are ended (or removed if not yet started)"
                        + " and sent"));
            }
        }
        return new BuildReport(export.name(), read, changes, excluded, findings, files, recordsWritten);
    }
}
