package org.cpis.server.report;

import java.io.PrintWriter;

/** Writes one kind of report in one format. */
@FunctionalInterface
public interface ReportRenderer<T> {

    void render(T report, PrintWriter out);
}
