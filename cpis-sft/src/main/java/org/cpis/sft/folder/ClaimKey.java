package org.cpis.sft.folder;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claimed pair in a mailbox's {@code .claimed} folder: the new message id and the pair's name in OUT, kept in the
 * claimed files' names as {@code <messageId>.<name>.ctl}, {@code .dat} and, once it is refused,
 * {@code .error.txt}. So a crash at any moment leaves, in the names alone, all the door needs to finish the claim.
 */
record ClaimKey(String messageId, String name) {

    static final String CONTROL = ".ctl";
    static final String DATA = ".dat";
    static final String REPORT = ".error.txt";

    /** New message ids, as {@link org.cpis.sft.exchange.MessageIds} makes them. */
    private static final Pattern CLAIMED = Pattern.compile("([0-9]{17}_[0-9A-F]{6})\\.(.+)(\\.ctl|\\.dat|\\.error\\.txt)");

    /** The claim a file in {@code .claimed} belongs to; empty for a file the door did not name. */
    static Optional<ClaimKey> of(String fileName) {
        Matcher m = CLAIMED.matcher(fileName);
        return m.matches() ? Optional.of(new ClaimKey(m.group(1), m.group(2))) : Optional.empty();
    }

    private String prefix() {
        return messageId + "." + name;
    }

    Path control(MailboxFolders folders) {
        return folders.claimed().resolve(prefix() + CONTROL);
    }

    Path data(MailboxFolders folders) {
        return folders.claimed().resolve(prefix() + DATA);
    }

    Path report(MailboxFolders folders) {
        return folders.claimed().resolve(prefix() + REPORT);
    }

    String controlName() {
        return name + CONTROL;
    }

    String dataName() {
        return name + DATA;
    }
}
