package org.cpis.sft.folder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.sft.control.DtsControlReader;
import org.cpis.sft.control.DtsControlWriter;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder door to the mailboxes, as the NHS MESH client uses folders: for every mailbox registered with the
 * {@link Door#FOLDER} door, {@code <root>/<MAILBOX>/OUT} is where the Local Authority puts {@code <name>.dat} +
 * {@code <name>.ctl} pairs to send, {@code IN} where CP-IS writes {@code <messageId>.dat} + {@code .ctl} for it, and
 * {@code ERROR} where pairs CP-IS could not take go, each with a plain-text {@code <name>.error.txt}. See
 * docs/exchange/FOLDER-DOOR.md.
 *
 * <p>Each scan, per mailbox, under a work lock shared by every node ({@code folder-door:<MAILBOX>}): finish claims
 * left half-done, take the quiet pairs from OUT ({@link Intake}), then write the READY messages to IN and acknowledge
 * them ({@link Delivery}). A disabled mailbox, or a folder of no FOLDER mailbox, is left alone and reported once
 * ({@link ClosedFolders}). One pair, message or mailbox that fails never stops the others.
 */
public final class FolderDoor {

    private static final Logger LOG = LoggerFactory.getLogger(FolderDoor.class);
    static final String LOCK_PREFIX = "folder-door:";

    private final PostOffice postOffice;
    private final WorkLocks locks;
    private final FolderDoorSettings settings;
    private final Intake intake;
    private final Delivery delivery;
    private final ClosedFolders closed;
    private ScheduledFuture<?> scanning;
    private volatile boolean running;

    public FolderDoor(PostOffice postOffice, WorkLocks locks, FolderDoorSettings settings) {
        this.postOffice = Objects.requireNonNull(postOffice);
        this.locks = Objects.requireNonNull(locks);
        this.settings = Objects.requireNonNull(settings);
        this.intake = new Intake(postOffice, new DtsControlReader(), new QuietFiles(settings.quietPeriod()),
                settings);
        this.delivery = new Delivery(postOffice, new DtsControlWriter(), settings.maxDeliveriesPerScan());
        this.closed = new ClosedFolders(postOffice);
    }

    public FolderDoorSettings settings() {
        return settings;
    }

    /** One scan of every mailbox folder: take from OUT, report closed folders, deliver to IN. */
    public synchronized ScanResult scanOnce() {
        ScanResult.Tally tally = new ScanResult.Tally();
        Path root = settings.root();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            tally.failed++;
            LOG.error("folder door: cannot make the mailbox root folder {} ({})", root, e.toString());
            return tally.result();
        }
        List<Mailbox> mailboxes = postOffice.mailboxes().all();
        Set<String> doorFolders = new HashSet<>();
        for (Mailbox mailbox : mailboxes) {
            if (mailbox.door() == Door.FOLDER) {
                doorFolders.add(mailbox.id().value());
                scan(mailbox, tally);
            }
        }
        reportStrangers(root, doorFolders, tally);
        return tally.result();
    }

    private void scan(Mailbox mailbox, ScanResult.Tally tally) {
        Optional<WorkLocks.WorkLock> lock = locks.tryLock(LOCK_PREFIX + mailbox.id().value());
        if (lock.isEmpty()) {
            return; // another node scans this mailbox now
        }
        try {
            MailboxFolders folders = MailboxFolders.of(settings.root(), mailbox.id());
            if (!step(mailbox, "prepare", tally, () -> prepare(mailbox, folders)) || !mailbox.enabled()) {
                return;
            }
            step(mailbox, "finish claims", tally, () -> intake.finishClaims(mailbox, folders, tally));
            step(mailbox, "take from OUT", tally, () -> intake.takeFromOut(mailbox, folders, tally));
            step(mailbox, "deliver to IN", tally, () -> delivery.deliver(mailbox, folders, tally));
        } finally {
            lock.get().close();
        }
    }

    private void prepare(Mailbox mailbox, MailboxFolders folders) throws IOException {
        folders.create();
        if (mailbox.enabled()) {
            closed.open(folders);
        } else {
            closed.closed(folders.home(), mailbox.id().value(), Refusal.of(FolderProblem.MAILBOX_DISABLED,
                    "mailbox " + mailbox.id() + " (" + mailbox.name() + ") is disabled"));
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static boolean step(Mailbox mailbox, String what, ScanResult.Tally tally, Step step) {
        try {
            step.run();
            return true;
        } catch (IOException | RuntimeException e) {
            tally.failed++;
            LOG.warn("folder door: mailbox {}: could not {}; trying again at the next scan ({})", mailbox.id(), what,
                    e instanceof MailboxFolders.LinkedFolderException ? e.getMessage() : e.getClass().getSimpleName());
            return false;
        }
    }

    /** Folders under the root that belong to no FOLDER mailbox: reported once each if something waits in OUT. */
    private void reportStrangers(Path root, Set<String> doorFolders, ScanResult.Tally tally) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path home : folders) {
                String name = home.getFileName().toString();
                if (name.startsWith(".") || doorFolders.contains(name)
                        || !Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    closed.closed(home, name, strangerRefusal(name));
                } catch (IOException | RuntimeException e) {
                    tally.failed++;
                    LOG.warn("folder door: cannot report on folder {} ({})", name, e.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            tally.failed++;
            LOG.warn("folder door: cannot list the mailbox root folder {} ({})", root, e.getClass().getSimpleName());
        }
    }

    private Refusal strangerRefusal(String folderName) {
        Optional<Mailbox> registered = MailboxId.isValid(folderName)
                && MailboxId.of(folderName).value().equals(folderName)
                ? postOffice.mailboxes().find(MailboxId.of(folderName)) : Optional.empty();
        if (registered.isPresent()) {
            return Refusal.of(FolderProblem.HTTP_DOOR, "mailbox " + folderName + " is registered for the "
                    + registered.get().door() + " door, not the folder door");
        }
        return Refusal.of(FolderProblem.UNKNOWN_MAILBOX, "no mailbox named " + folderName + " is registered with"
                + " CP-IS (mailbox folders are named by the mailbox id in capitals, e.g. X26OT001)");
    }

    /** Scans every {@link FolderDoorSettings#scanInterval()} on {@code executor}, the first scan at once. */
    public synchronized void start(ScheduledExecutorService executor) {
        if (scanning != null) {
            throw new IllegalStateException("the folder door is running already");
        }
        running = true;
        long interval = settings.scanInterval().toMillis();
        scanning = executor.scheduleWithFixedDelay(this::scanQuietly, 0, interval, TimeUnit.MILLISECONDS);
        LOG.info("folder door: scanning {} every {} ms", settings.root(), interval);
    }

    /** Stops scanning; a scan under way is finished first. */
    public void stop() {
        running = false;
        synchronized (this) {
            if (scanning != null) {
                scanning.cancel(false);
                scanning = null;
                LOG.info("folder door: stopped");
            }
        }
    }

    private void scanQuietly() {
        synchronized (this) {
            if (!running) {
                return;
            }
            try {
                scanOnce();
            } catch (RuntimeException e) {
                LOG.error("folder door: a scan failed; the next one runs as planned ({})", e.toString());
            }
        }
    }
}
