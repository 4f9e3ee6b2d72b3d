package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TablesTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void textTablePadsColumnsAndRightAlignsNumbers() {
        new TextTable("Name", "Count>").row("Exampleshire", 2).row("Y", 1234).row("Z", null).print(out, "  ");
        out.flush();

        assertThat(text.toString().lines()).containsExactly(
                "  Name          Count",
                "  Exampleshire      2",
                "  Y              1234",
                "  Z                 -");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() {
        new CsvTable(out, "a", "b", "c", "d").row("plain", "with, comma", "say \"hi\"", null)
                .row("line\nbreak", 1, true, "");
        out.flush();

        assertThat(text.toString()).isEqualTo(String.join(System.lineSeparator(),
                "a,b,c,d",
                "plain,\"with, comma\",\"say \"\"hi\"\"\",",
                "\"line\nbreak\",1,true,",
                ""));
    }
}
