package org.cpis.server.cli.la;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as RFC 4180 writes it (Commons CSV): a header line, then one line per row. */
final class LaCsv {

    private final CSVPrinter printer;

    LaCsv(PrintWriter out, String... headers) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers).setRecordSeparator("\n").get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LaCsv row(Object... cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
