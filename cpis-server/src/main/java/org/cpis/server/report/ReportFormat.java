package org.cpis.server.report;

import java.util.Locale;

/** How a report is written: a readable page, CSV for spreadsheets, or JSON for programs. */
public enum ReportFormat {
    TEXT, CSV, JSON;

    /** The name as the {@code --format} option takes it. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
