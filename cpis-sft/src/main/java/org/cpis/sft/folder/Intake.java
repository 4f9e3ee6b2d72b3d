package org.cpis.sft.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.sft.control.ControlFileException;
import org.cpis.sft.control.ControlFileProblem;
import org.cpis.sft.control.ControlValues.MessageType;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlReader;
import org.cpis.sft.exchange.Envelope;
import org.cpis.sft.exchange.ExchangeRefusal;
import org.cpis.sft.exchange.ExchangeRefusedException;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the pairs a Local Authority put in its OUT folder, exactly once whatever fails and whenever it crashes.
 *
 * <ol>
 * <li>A pair is taken only when both files are quiet ({@link QuietFiles}); a control file alone is refused once it
 * has waited {@link FolderDoorSettings#controlAloneTimeout()}.</li>
 * <li>Claim: the control file, then the data file, are renamed into {@code .claimed} under names carrying a new
 * message id ({@link ClaimKey}); the renames are forced to disk. From here the LA's OUT no longer shows the
 * pair.</li>
 * <li>The post office accepts the claimed pair under that id (idempotent on the id), then the claimed files are
 * deleted, data file first.</li>
 * <li>A refusal is decided by writing its report into {@code .claimed}, then the data file, the control file and the
 * report are moved to ERROR.</li>
 * </ol>
 * Every scan first finishes what {@code .claimed} holds, so after a crash at any point: a claim whose message exists
 * is only cleaned up (never a second message); a claim with a decided refusal is moved on; a claim whose data file
 * was still in OUT (a crash between the two renames) takes it from there; anything else is accepted again under the
 * same id. A failure of CP-IS's own (disk, database) leaves the claim in place for the next scan; one pair's failure
 * never stops the others.
 */
final class Intake {

    private static final Logger LOG = LoggerFactory.getLogger(FolderDoor.class);

    /** Longest pair name taken: claimed names add a message id, and file names have at most 255 bytes. */
    static final int MAX_NAME = 150;

    private final PostOffice postOffice;
    private final DtsControlReader reader;
    private final QuietFiles quiet;
    private final FolderDoorSettings settings;
    private final Clock clock;

    Intake(PostOffice postOffice, DtsControlReader reader, QuietFiles quiet, FolderDoorSettings settings) {
        this.postOffice = postOffice;
        this.reader = reader;
        this.quiet = quiet;
        this.settings = settings;
        this.clock = postOffice.clock();
    }

    /** Finishes the claims left in {@code .claimed} (after a crash, or a failure at an earlier scan). */
    void finishClaims(Mailbox mailbox, MailboxFolders folders, ScanResult.Tally tally) throws IOException {
        Set<ClaimKey> claims = new TreeSet<>(Comparator.comparing(ClaimKey::messageId).thenComparing(ClaimKey::name));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folders.claimed())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part")) {
                    Files.deleteIfExists(file); // a report being written when the process died
                } else {
                    ClaimKey.of(name).ifPresent(claims::add);
                }
            }
        }
        int budget = settings.maxPairsPerScan();
        for (ClaimKey claim : claims) {
            if (budget-- == 0) {
                break;
            }
            finishSafely(mailbox, folders, claim, tally);
        }
    }

    /** Claims and takes the quiet pairs in OUT, at most {@link FolderDoorSettings#maxPairsPerScan()}. */
    void takeFromOut(Mailbox mailbox, MailboxFolders folders, ScanResult.Tally tally) throws IOException {
        Instant now = clock.instant();
        Map<String, BasicFileAttributes> controls = new HashMap<>();
        Map<String, BasicFileAttributes> data = new HashMap<>();
        Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folders.out())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean control = name.endsWith(ClaimKey.CONTROL);
                if (name.startsWith(".") || !(control || name.endsWith(ClaimKey.DATA)) || name.length() == 4) {
                    continue; // hidden files (being written elsewhere) and other files are the LA's own
                }
                Optional<BasicFileAttributes> attributes = plainFileAttributes(file);
                if (attributes.isEmpty()) {
                    continue;
                }
                present.add(file);
                (control ? controls : data).put(name.substring(0, name.length() - 4), attributes.get());
            }
        }
        quiet.keepOnly(folders.out(), present);
        List<String> names = new ArrayList<>(controls.keySet());
        names.sort(Comparator.comparing((String n) -> controls.get(n).lastModifiedTime()).thenComparing(n -> n));
        List<String> complete = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        for (String name : names) {
            Path control = folders.out().resolve(name + ClaimKey.CONTROL);
            boolean controlQuiet = quiet.quiet(control, controls.get(name), now);
            if (data.containsKey(name)) {
                boolean dataQuiet = quiet.quiet(folders.out().resolve(name + ClaimKey.DATA), data.get(name), now);
                if (controlQuiet && dataQuiet) {
                    complete.add(name);
                }
            } else if (controlQuiet
                    && !now.isBefore(quiet.firstSeen(control, now).plus(settings.controlAloneTimeout()))) {
                alone.add(name);
            }
        }
        int budget = settings.maxPairsPerScan();
        for (String name : complete) {
            if (budget-- == 0) {
                return;
            }
            take(mailbox, folders, name, true, tally);
        }
        for (String name : alone) {
            if (budget-- == 0) {
                return;
            }
            take(mailbox, folders, name, false, tally);
        }
    }

    private void take(Mailbox mailbox, MailboxFolders folders, String name, boolean withData,
                      ScanResult.Tally tally) {
        Path control = folders.out().resolve(name + ClaimKey.CONTROL);
        Path data = folders.out().resolve(name + ClaimKey.DATA);
        try {
            if (name.length() > MAX_NAME) {
                refuseUnclaimed(mailbox, folders, name, withData, tally);
                return;
            }
            ClaimKey claim = new ClaimKey(postOffice.ids().next(), name);
            try {
                DurableFiles.move(control, claim.control(folders));
            } catch (NoSuchFileException e) {
                return; // the LA took it back
            }
            quiet.forget(control);
            if (withData) {
                try {
                    DurableFiles.move(data, claim.data(folders));
                    quiet.forget(data);
                } catch (NoSuchFileException e) {
                    // the LA took the data file back: finishing the claim refuses it
                }
                finishSafely(mailbox, folders, claim, tally);
            } else {
                refuse(mailbox, folders, claim, Refusal.of(FolderProblem.DATA_MISSING, "the control file " + name
                        + ClaimKey.CONTROL + " waited " + settings.controlAloneTimeout().toMinutes() + " minutes"
                        + " for its data file " + name + ClaimKey.DATA + ", which did not come"), null, null, 0,
                        tally);
            }
        } catch (IOException | RuntimeException e) {
            tally.failed++;
            LOG.warn("folder door: could not claim a pair in mailbox {}; trying again at the next scan ({})",
                    mailbox.id(), e.getClass().getSimpleName());
        }
    }

    private void finishSafely(Mailbox mailbox, MailboxFolders folders, ClaimKey claim, ScanResult.Tally tally) {
        try {
            finish(mailbox, folders, claim, tally);
        } catch (IOException | RuntimeException e) {
            tally.failed++;
            LOG.warn("folder door: could not finish claimed message {} of mailbox {}; trying again at the next scan"
                    + " ({})", claim.messageId(), mailbox.id(), e.getClass().getSimpleName());
        }
    }

    private void finish(Mailbox mailbox, MailboxFolders folders, ClaimKey claim, ScanResult.Tally tally)
            throws IOException {
        Path control = claim.control(folders);
        Path data = claim.data(folders);
        if (exists(claim.report(folders))) {
            moveToError(folders, claim); // a refusal decided before a crash
            tally.refused++;
            return;
        }
        if (postOffice.messages().find(claim.messageId()).isPresent()) {
            Files.deleteIfExists(data); // taken before a crash: only the clean-up was left
            Files.deleteIfExists(control);
            tally.taken++;
            LOG.info("folder door: finished taking message {} from mailbox {}", claim.messageId(), mailbox.id());
            return;
        }
        if (!exists(control)) {
            refuse(mailbox, folders, claim, Refusal.of(FolderProblem.CLAIM_WITHOUT_CONTROL_FILE, "the data file "
                    + claim.dataName() + " was found in CP-IS's working folder without its control file"), null,
                    null, sizeOf(data), tally);
            return;
        }
        if (!exists(data)) {
            Path left = folders.out().resolve(claim.dataName()); // a crash between the two renames of the claim
            Optional<BasicFileAttributes> attributes = plainFileAttributes(left);
            if (attributes.isPresent()) {
                if (!quiet.quiet(left, attributes.get(), clock.instant())) {
                    tally.waiting++;
                    return;
                }
                DurableFiles.move(left, data);
                quiet.forget(left);
            }
        }
        if (!DurableFiles.isPlainFile(data)) {
            refuse(mailbox, folders, claim, Refusal.of(FolderProblem.DATA_MISSING, "there is no data file "
                    + claim.dataName() + " for the control file " + claim.controlName()), null, null, 0, tally);
            return;
        }
        long size = Files.size(data);
        DtsControl controlFile;
        try (InputStream in = Files.newInputStream(control, LinkOption.NOFOLLOW_LINKS)) {
            controlFile = reader.read(in);
        } catch (ControlFileException e) {
            refuse(mailbox, folders, claim, Refusal.of(e), null, null, size, tally);
            return;
        } catch (FileSystemException e) {
            refuse(mailbox, folders, claim, Refusal.of(new ControlFileException(ControlFileProblem.UNREADABLE, null,
                    "the control file is not a plain file that CP-IS may read (a link?)")), null, null, size, tally);
            return;
        }
        Optional<Refusal> wrong = checkAddresses(mailbox, controlFile);
        if (wrong.isPresent()) {
            refuse(mailbox, folders, claim, wrong.get(), controlFile.workflowId(), controlFile.toDts(), size, tally);
            return;
        }
        Envelope mail = new Envelope(mailbox.id(), MailboxId.of(controlFile.toDts()), controlFile.workflowId(),
                controlFile.localId(), controlFile.subject(), claim.dataName());
        ExchangeMessage message;
        try {
            postOffice.check(mail);
            if (size > postOffice.maxMessageBytes()) { // refused before its body is read and stored
                throw new ExchangeRefusedException(ExchangeRefusal.TOO_LARGE, size + " bytes, at most "
                        + postOffice.maxMessageBytes());
            }
            try (InputStream in = Files.newInputStream(data, LinkOption.NOFOLLOW_LINKS)) {
                message = postOffice.accept(mail, in, claim.messageId());
            }
        } catch (ExchangeRefusedException e) {
            FolderProblem problem = FolderProblem.of(e.refusal());
            refuse(mailbox, folders, claim, Refusal.of(problem, e.getMessage(), whatToDo(problem)),
                    controlFile.workflowId(), controlFile.toDts(), size, tally);
            return;
        }
        Files.deleteIfExists(data);
        Files.deleteIfExists(control);
        tally.taken++;
        LOG.info("folder door: took message {} from mailbox {} ({} bytes)", message.messageId(), mailbox.id(),
                message.sizeBytes());
    }

    /** The envelope's own checks, before the post office's: the folder decides the sender. */
    private Optional<Refusal> checkAddresses(Mailbox mailbox, DtsControl controlFile) {
        if (controlFile.messageType() != MessageType.DATA) {
            return Optional.of(Refusal.of(FolderProblem.NOT_DATA, "MessageType is " + controlFile.messageType().xml()
                    + "; CP-IS takes Data messages only"));
        }
        String from = controlFile.fromDts();
        if (!MailboxId.isValid(from) || !MailboxId.of(from).equals(mailbox.id())) {
            return Optional.of(Refusal.of(FolderProblem.WRONG_SENDER, "From_DTS is " + from + ", but this folder"
                    + " belongs to mailbox " + mailbox.id(), "write " + mailbox.id() + " in From_DTS; each Local"
                    + " Authority sends from its own folder only"));
        }
        String to = controlFile.toDts();
        if (!MailboxId.isValid(to) || !MailboxId.of(to).equals(postOffice.serviceMailbox())) {
            return Optional.of(Refusal.of(FolderProblem.NOT_FOR_CPIS, "To_DTS is " + to + "; a Local Authority"
                    + " sends to the CP-IS mailbox only", whatToDo(FolderProblem.NOT_FOR_CPIS)));
        }
        return Optional.empty();
    }

    private String whatToDo(FolderProblem problem) {
        return switch (problem) {
            case NOT_FOR_CPIS -> "write the CP-IS mailbox id " + postOffice.serviceMailbox() + " in To_DTS";
            case WRONG_WORKFLOW -> "write the CP-IS upload workflow id " + postOffice.workflows().upload()
                    + " in WorkflowId";
            default -> problem.fix();
        };
    }

    /**
     * Decides a refusal (logged, and its report written into {@code .claimed}) and moves the claim to ERROR. The
     * ERROR folder keeps the newest refused pair of each name: files of an earlier one are replaced, and one this
     * pair lacks (a data file) is removed so that no report stands beside another pair's file.
     */
    private void refuse(Mailbox mailbox, MailboxFolders folders, ClaimKey claim, Refusal refusal, String workflowId,
                        String recipient, long size, ScanResult.Tally tally) throws IOException {
        postOffice.logRefused(mailbox.id().value(), recipient, workflowId, size, refusal.code());
        boolean hasData = exists(claim.data(folders));
        boolean hasControl = exists(claim.control(folders));
        List<String> files = new ArrayList<>();
        if (hasData) {
            files.add(claim.dataName());
        } else {
            Files.deleteIfExists(folders.error().resolve(claim.dataName()));
        }
        if (hasControl) {
            files.add(claim.controlName());
        } else {
            Files.deleteIfExists(folders.error().resolve(claim.controlName()));
        }
        ErrorReports.write(claim.report(folders), ErrorReports.forPair(refusal, files, mailbox.id().value(),
                claim.messageId(), clock.instant()));
        moveToError(folders, claim);
        tally.refused++;
        LOG.warn("folder door: refused message {} from mailbox {}: {}", claim.messageId(), mailbox.id(),
                refusal.code());
    }

    private static void moveToError(MailboxFolders folders, ClaimKey claim) throws IOException {
        moveIfThere(claim.data(folders), folders.error().resolve(claim.dataName()));
        moveIfThere(claim.control(folders), folders.error().resolve(claim.controlName()));
        moveIfThere(claim.report(folders), folders.error().resolve(claim.name() + ClaimKey.REPORT));
    }

    /** A pair whose name is too long to claim goes straight to ERROR, its report named by a new id. */
    private void refuseUnclaimed(Mailbox mailbox, MailboxFolders folders, String name, boolean withData,
                                 ScanResult.Tally tally) throws IOException {
        String reference = postOffice.ids().next();
        Refusal refusal = Refusal.of(FolderProblem.NAME_TOO_LONG, "the pair's name has " + name.length()
                + " characters; at most " + MAX_NAME);
        Path control = folders.out().resolve(name + ClaimKey.CONTROL);
        Path data = folders.out().resolve(name + ClaimKey.DATA);
        postOffice.logRefused(mailbox.id().value(), null, null, withData ? sizeOf(data) : 0, refusal.code());
        List<String> files = withData ? List.of(name + ClaimKey.DATA, name + ClaimKey.CONTROL)
                : List.of(name + ClaimKey.CONTROL);
        ErrorReports.write(folders.error().resolve(reference + ClaimKey.REPORT),
                ErrorReports.forPair(refusal, files, mailbox.id().value(), reference, clock.instant()));
        if (withData) {
            moveIfThere(data, folders.error().resolve(name + ClaimKey.DATA));
        }
        moveIfThere(control, folders.error().resolve(name + ClaimKey.CONTROL));
        quiet.forget(control);
        quiet.forget(data);
        tally.refused++;
        LOG.warn("folder door: refused a pair from mailbox {}: {} (reference {})", mailbox.id(), refusal.code(),
                reference);
    }

    private static void moveIfThere(Path from, Path to) throws IOException {
        if (exists(from)) {
            DurableFiles.move(from, to);
        }
    }

    private static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<BasicFileAttributes> plainFileAttributes(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
