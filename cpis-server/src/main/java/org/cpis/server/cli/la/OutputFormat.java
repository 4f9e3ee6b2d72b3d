package org.cpis.server.cli.la;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** How {@code la status} and {@code la inbox} write: a table for people, CSV for spreadsheets, JSON for programs. */
enum OutputFormat {
    TABLE, CSV, JSON;

    static OutputFormat of(CommandSpec spec, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("text")) {
            return TABLE;
        }
        try {
            return valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format '" + value + "' is not table, csv or json");
        }
    }
}
