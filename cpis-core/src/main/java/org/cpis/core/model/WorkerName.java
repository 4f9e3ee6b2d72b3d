package org.cpis.core.model;

import java.util.StringJoiner;

/**
 * The name of an NHS healthcare worker as the query's author template carries it (HL7 PN: prefix,
 * given names, family name, suffix). Any part may be absent; at least one is present.
 */
public record WorkerName(String prefix, String given, String family, String suffix) {

    public WorkerName {
        if (blank(prefix) && blank(given) && blank(family) && blank(suffix)) {
            throw new InvalidValueException(ValueError.NAME_MISSING, null);
        }
    }

    public static WorkerName of(String given, String family) {
        return new WorkerName(null, given, family, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The name as people read it, e.g. "Dr Jane Smith". */
    public String display() {
        StringJoiner j = new StringJoiner(" ");
        for (String part : new String[] {prefix, given, family, suffix}) {
            if (!blank(part)) {
                j.add(part.strip());
            }
        }
        return j.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
