package org.cpis.sft.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.cpis.core.exchange.MailboxId;

/**
 * The folders of one Local Authority's mailbox under the folder door's root, as the MESH client lays them out:
 * {@code <root>/<MAILBOX>/OUT} (the LA puts pairs here to send), {@code IN} (CP-IS writes messages for the LA),
 * {@code ERROR} (pairs CP-IS could not take, each with a report), and the hidden {@code .claimed} working folder,
 * on the same file system as OUT so that claiming is a rename.
 */
record MailboxFolders(MailboxId mailbox, Path home) {

    static final String OUT = "OUT";
    static final String IN = "IN";
    static final String ERROR = "ERROR";
    static final String CLAIMED = ".claimed";

    static MailboxFolders of(Path root, MailboxId mailbox) {
        return new MailboxFolders(mailbox, root.resolve(mailbox.value()));
    }

    Path out() {
        return home.resolve(OUT);
    }

    Path in() {
        return home.resolve(IN);
    }

    Path error() {
        return home.resolve(ERROR);
    }

    Path claimed() {
        return home.resolve(CLAIMED);
    }

    /**
     * Creates the folders that are missing, and checks that each is a folder of its own: a link planted in the
     * mailbox (say OUT pointing at another LA's OUT) would let one LA read or send as another, so a mailbox with
     * one is left alone. The mailbox folder itself may be a link (an operator's choice of disk).
     */
    void create() throws IOException {
        Files.createDirectories(home);
        for (Path folder : new Path[] {out(), in(), error(), claimed()}) {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new LinkedFolderException(folder);
            }
        }
    }

    /** A folder of the mailbox is a link or a file: the folder door does not use the mailbox. */
    static final class LinkedFolderException extends IOException {

        private static final long serialVersionUID = 1L;

        LinkedFolderException(Path folder) {
            super(folder + " is not a plain folder (a link or a file): the folder door leaves this mailbox alone"
                    + " until it is");
        }
    }
}
