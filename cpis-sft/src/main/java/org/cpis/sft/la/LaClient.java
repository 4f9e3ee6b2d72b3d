package org.cpis.sft.la;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.Progress;
import org.cpis.sft.la.build.UploadBuilder;
import org.cpis.sft.la.check.FileCheck;
import org.cpis.sft.la.check.UploadChecker;
import org.cpis.sft.la.export.ChildExport;
import org.cpis.sft.la.export.ExportReader;
import org.cpis.sft.la.inbox.InboxReader;
import org.cpis.sft.la.inbox.InboxResult;
import org.cpis.sft.la.inbox.MessageView;
import org.cpis.sft.la.send.ResubmissionPolicy;
import org.cpis.sft.la.send.SendReport;
import org.cpis.sft.la.send.UploadSender;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.ReceivedEntry;
import org.cpis.sft.la.state.UploadFileEntry;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.LaTransports;

/**
 * The LA-side client of CP-IS (issue 6; CP-SC005-025) as one object: what {@code cpis la build|check|send|status|
 * inbox|sync} call. Each operation opens the LA's state folder (taking its lock), works, saves and closes it; the
 * transport is made only when an operation needs it.
 */
public final class LaClient {

    private final LaSettings settings;
    private final Clock clock;
    private final Supplier<LaTransport> transport;
    private final UploadChecker checker = new UploadChecker();

    /** With the transport the settings name ({@link LaTransports}). */
    public LaClient(LaSettings settings, Clock clock) {
        this(settings, clock, () -> LaTransports.forSettings(settings, Clock.systemUTC()));
    }

    public LaClient(LaSettings settings, Clock clock, Supplier<LaTransport> transport) {
        this.settings = settings;
        this.clock = clock;
        this.transport = transport;
    }

    public LaSettings settings() {
        return settings;
    }

    /** The export a build reads: the one named, else the settings' {@code export.file}. */
    public Path exportFile(Path named) {
        if (named != null) {
            return named;
        }
        if (settings.exportFile() == null) {
            throw new LaClientException(LaCode.SETTINGS_MISSING, "no export named: give --export FILE or set"
                    + " export.file in the LA settings");
        }
        return settings.exportFile();
    }

    public BuildReport build(Path export, BuildOptions options, Progress progress) {
        ChildExport children = ExportReader.read(exportFile(export));
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            return build(store, children, options, progress);
        }
    }

    private BuildReport build(LaStateStore store, ChildExport children, BuildOptions options, Progress progress) {
        return new UploadBuilder(settings, clock, checker).build(store, children, withFiles(store.state(), options),
                progress);
    }

    /** The children of the files named by {@code --resend-file} join those to send again. */
    private static BuildOptions withFiles(LaState state, BuildOptions options) {
        Set<String> children = new java.util.HashSet<>();
        for (String sequenceId : options.resendFiles()) {
            UploadFileEntry file = find(state, sequenceId).orElseThrow(() -> unknownFile(sequenceId));
            file.records().forEach(r -> children.add(r.localId()));
        }
        return options.withResendChildren(children);
    }

    /**
     * Checks files named by path, sequence id or name; a file the client built that fails gets the status "validation
     * failure" (never sent) and its children are sent again by the next build.
     */
    public List<CheckOutcome> check(List<String> files) {
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            List<CheckOutcome> outcomes = new ArrayList<>();
            for (String named : files) {
                Optional<UploadFileEntry> known = find(store.state(), named);
                Path path = known.map(f -> store.uploads().resolve(f.fileName())).orElse(Path.of(named));
                if (known.isEmpty() && !Files.isRegularFile(path)) {
                    throw unknownFile(named);
                }
                outcomes.add(check(store, known.orElse(null), path));
            }
            store.save();
            return outcomes;
        }
    }

    /** Checks every file waiting to be sent (status "created"). */
    public List<CheckOutcome> checkAll() {
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            List<CheckOutcome> outcomes = new ArrayList<>();
            for (UploadFileEntry f : store.state().files()) {
                if (f.status() == FileStatus.CREATED) {
                    outcomes.add(check(store, f, store.uploads().resolve(f.fileName())));
                }
            }
            store.save();
            return outcomes;
        }
    }

    private CheckOutcome check(LaStateStore store, UploadFileEntry file, Path path) {
        FileCheck result = checker.check(path);
        if (file == null) {
            return new CheckOutcome(null, result, null);
        }
        if (!result.passed() && file.status() == FileStatus.CREATED) {
            UploadFileEntry failed = file.withStatus(FileStatus.VALIDATION_FAILURE,
                    result.findings().stream().map(f -> f.describe()).toList());
            store.state().replaceFile(failed);
            for (FileRecord r : file.records()) {
                store.state().child(r.localId())
                        .filter(c -> file.sequenceId().equals(c.lastSequenceId()))
                        .ifPresent(c -> store.state().putChild(c.withResend(true)));
            }
            return new CheckOutcome(file.sequenceId(), result, FileStatus.VALIDATION_FAILURE);
        }
        return new CheckOutcome(file.sequenceId(), result, file.status());
    }

    private static Optional<UploadFileEntry> find(LaState state, String named) {
        String base = Path.of(named).getFileName().toString();
        for (UploadFileEntry f : state.files()) {
            if (f.sequenceId().equals(named) || f.name().equals(base) || f.fileName().equals(base)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static LaClientException unknownFile(String named) {
        return new LaClientException(LaCode.FILE_UNKNOWN, "no upload file '" + named + "': give a sequence id or name"
                + " from 'cpis la status', or the path of an upload file");
    }

    /** Sends every file due; with sending switched off, a {@link LaCode#SENDING_OFF} error. */
    public SendReport send() {
        UploadSender sender = new UploadSender(settings, clock);
        sender.requireEnabled();
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            return sender.send(store, transport.get());
        }
    }

    /** Takes the messages waiting in the inbox and applies them; returns what was taken. */
    public InboxResult inbox(boolean updateNumbers) {
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            return new InboxReader(settings, clock).collect(store, transport.get(), updateNumbers);
        }
    }

    /** Kept messages as people read them, most recent first: {@code these}, or every message when {@code null}. */
    public List<MessageView> messages(List<ReceivedEntry> these) {
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            List<ReceivedEntry> entries = these == null ? store.state().messages() : these;
            return new InboxReader(settings, clock).views(store, entries);
        }
    }

    /** Every upload file, oldest first, with whether it is due to be sent. */
    public List<FileLine> status() {
        ResubmissionPolicy policy = new ResubmissionPolicy(settings.resubmitAfter());
        Instant now = clock.instant();
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            return store.state().files().stream()
                    .map(f -> new FileLine(f, policy.isDue(f, now), policy.dueAt(f).orElse(null))).toList();
        }
    }

    /**
     * Everything in one go, for cron: build from the export (which checks), send what is due (unless sending is
     * switched off), then take the inbox.
     */
    public SyncReport sync(Path export, BuildOptions options, Progress progress) {
        ChildExport children = ExportReader.read(exportFile(export));
        try (LaStateStore store = LaStateStore.open(settings.stateFolder())) {
            BuildReport built = build(store, children, options, progress);
            LaTransport t = transport.get();
            SendReport sent = new UploadSender(settings, clock).send(store, t);
            InboxResult received = new InboxReader(settings, clock).collect(store, t, false);
            return new SyncReport(built, sent, received);
        }
    }
}
