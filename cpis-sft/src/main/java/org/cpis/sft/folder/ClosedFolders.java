package org.cpis.sft.folder;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mailbox folders the door does not take from: a disabled mailbox, a folder no registered mailbox has, a mailbox on
 * the HTTP door. Their OUT is left alone; once something waits there, one report in ERROR ({@value #REPORT}) says
 * why, with one transmission log row; it is not written again while it is there, and is removed when the mailbox is
 * open again.
 */
final class ClosedFolders {

    static final String REPORT = "MAILBOX-NOT-OPEN.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FolderDoor.class);

    private final PostOffice postOffice;
    private final Clock clock;

    ClosedFolders(PostOffice postOffice) {
        this.postOffice = postOffice;
        this.clock = postOffice.clock();
    }

    /** Reports, once, that the folder {@code home} is closed for {@code refusal}'s reason. */
    void closed(Path home, String folderName, Refusal refusal) throws IOException {
        Path report = home.resolve(MailboxFolders.ERROR).resolve(REPORT);
        if (Files.exists(report, LinkOption.NOFOLLOW_LINKS) || !somethingWaits(home.resolve(MailboxFolders.OUT))) {
            return;
        }
        Path error = home.resolve(MailboxFolders.ERROR);
        if (!Files.exists(error, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(error);
        }
        if (!Files.isDirectory(error, LinkOption.NOFOLLOW_LINKS)) {
            throw new MailboxFolders.LinkedFolderException(error);
        }
        postOffice.logRefused(folderName, postOffice.serviceMailbox().value(), null, 0, refusal.code());
        ErrorReports.write(report, ErrorReports.forClosedMailbox(refusal, folderName, clock.instant()));
        LOG.warn("folder door: mailbox folder {} is not open to the folder door: {}", folderName, refusal.code());
    }

    /** The mailbox is open: a report that it was closed goes. */
    void open(MailboxFolders folders) throws IOException {
        Files.deleteIfExists(folders.error().resolve(REPORT));
    }

    private static boolean somethingWaits(Path out) throws IOException {
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> controls = Files.newDirectoryStream(out, "*" + ClaimKey.CONTROL)) {
            return controls.iterator().hasNext();
        }
    }
}
