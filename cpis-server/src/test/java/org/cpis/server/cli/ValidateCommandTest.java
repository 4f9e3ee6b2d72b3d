package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code validate}: the integrators' validator from the command line, on real files. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CpisServerCli.create(Map.of());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = temp.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/validate/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    @DisplayName("A valid message: exit 0 and a line saying which message it is")
    void valid() throws IOException {
        Path file = copy("query-valid.xml", "q.xml");
        assertThat(run("validate", file.toString())).isZero();
        assertThat(out.toString()).contains(file + ": valid QUPC_IN000006GB01").contains("1 file checked, 0 with problems");
    }

    @Test
    @DisplayName("CP-NHS001: an invalid message: exit 1 and file:line:col: CODE message (path)")
    void invalid() throws IOException {
        Path file = copy("query-bad-nhs-number.xml", "bad.xml");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString()).containsPattern(
                "bad\\.xml:\\d+:\\d+: CPIS-C010 NHS number is not valid: '9990000019': .*Modulus 11.* \\(/QUPC_IN000006GB01/.*person\\.NHSnumber/value\\)");
    }

    @Test
    @DisplayName("A schema problem names its line, column and element path")
    void schemaProblem() throws IOException {
        Path file = copy("query-valid.xml", "s.xml");
        Files.writeString(file, Files.readString(file).replace("<cP-ISNHSQuery>", "<cP-ISNHSQuery classCode=\"CACT\">"));
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString()).containsPattern("s\\.xml:\\d+:\\d+: CPIS-C003 .*classCode.* \\(/QUPC_IN000006GB01/.*cP-ISNHSQuery\\)");
    }

    @Test
    @DisplayName("Not XML: exit 2; a directory validates every file in it; JSON for machines")
    void unreadableDirectoryAndJson() throws IOException {
        copy("query-valid.xml", "dir/a.xml");
        copy("query-bad-nhs-number.xml", "dir/sub/b.xml");
        Files.writeString(temp.resolve("dir/c.xml"), "this is not XML");
        assertThat(run("validate", "--format", "json", temp.resolve("dir").toString())).isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(out.toString());
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("file").asText()).endsWith("a.xml");
        assertThat(files.get(0).get("valid").asBoolean()).isTrue();
        assertThat(files.get(1).get("unreadable").asBoolean()).isTrue();
        assertThat(files.get(1).get("problems").get(0).get("code").asText()).isEqualTo("CPIS-C001");
        assertThat(files.get(2).get("problems").get(0).get("code").asText()).isEqualTo("CPIS-C010");
    }

    @Test
    @DisplayName("A missing file is unreadable: exit 2")
    void missingFile() {
        assertThat(run("validate", temp.resolve("nope.xml").toString())).isEqualTo(2);
        assertThat(out.toString()).contains("CPIS-C001");
    }
}
