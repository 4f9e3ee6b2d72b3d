package org.cpis.core.exchange;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file-exchange mailbox id, as MESH names mailboxes (e.g. {@code X26OT001}): upper case letters, digits, '.', '_'
 * or '-', 1 to 100 characters. Text is trimmed and upper-cased, as MESH does with ids in paths and headers.
 */
public record MailboxId(String value) implements Comparable<MailboxId> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9._-]{1,100}");

    public MailboxId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a mailbox id: use 1 to 100 letters, digits,"
                    + " '.', '_' or '-', e.g. X26OT001");
        }
    }

    public static MailboxId of(String text) {
        return new MailboxId(normalise(text));
    }

    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(normalise(text)).matches();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(MailboxId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
