package org.cpis.store.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static final List<String> COLUMNS = List.of("code", "name", "note");
    private static final Set<String> REQUIRED = Set.of("code", "name");

    @Test
    void rowsKnowTheirLineAlsoAfterBlankLinesAndValuesOverSeveralLines() {
        List<CsvRow> rows = read("\uFEFFName, CODE ,note\r\n"
                + "first,A1,\r\n"
                + "\r\n"
                + "\"second, with comma\",B2,\"a note\nover two lines\"\r\n"
                + "third,C3,\"say \"\"hi\"\"\"");

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L, 6L);
        assertThat(rows.get(1).text("name")).isEqualTo("second, with comma");
        assertThat(rows.get(1).text("note")).isEqualTo("a note\nover two lines");
        assertThat(rows.get(2).text("note")).isEqualTo("say \"hi\"");
        assertThat(rows.get(0).text("note")).isNull();
        assertThat(rows.get(0).text("code")).isEqualTo("A1");
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        List<CsvRow> rows = read("code,name\nA1,first\n");

        assertThat(rows.get(0).text("note")).isNull();
    }

    @Test
    void headerProblemsAreReportedOnLineOne() {
        assertThatThrownBy(() -> read("code,nam\n")).isInstanceOf(CsvLoadException.class)
                .hasMessage("test.csv line 1: unknown column 'nam'; the columns are code,name,note; nothing was loaded");
        assertThatThrownBy(() -> read("code,note\n"))
                .hasMessageContaining("line 1: the header has no column 'name'");
        assertThatThrownBy(() -> read("code,name,Code\n"))
                .hasMessageContaining("line 1: column 'code' appears twice");
        assertThatThrownBy(() -> read(""))
                .hasMessageContaining("line 1: the header has no column 'code'");
    }

    @Test
    void aLineWithTheWrongNumberOfValuesIsReported() {
        assertThatThrownBy(() -> read("code,name\nA1,first\nB2,second,extra\n"))
                .hasMessage("test.csv line 3: the line has 3 values but the header names 2 columns; nothing was loaded");
    }

    @Test
    void brokenQuotingIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("code,name\nA1,first\nB2,\"unclosed\" x\n"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageContaining("test.csv line 3: not readable as CSV");
    }

    @Test
    void valuesAreParsedOrReportedByLineAndColumn() {
        CsvRow row = read("code,name\nA1,\n").get(0);

        Integer digit = row.value("code", s -> s.charAt(1) - '0', "a code");
        Integer empty = row.value("name", Integer::parseInt, "a number");

        assertThat(digit).isEqualTo(1);
        assertThat(empty).isNull();
        assertThatThrownBy(() -> row.value("code", Integer::parseInt, "a number"))
                .hasMessage("test.csv line 2, column code: 'A1' is not a number; nothing was loaded");
        assertThatThrownBy(() -> row.requiredText("name"))
                .hasMessage("test.csv line 2, column name: a value is required; nothing was loaded");
    }

    private static List<CsvRow> read(String text) {
        return CsvRows.read(new StringReader(text), "test.csv", COLUMNS, REQUIRED);
    }
}
