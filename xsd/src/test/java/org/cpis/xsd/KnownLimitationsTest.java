package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what XSD 1.0 cannot check (DECISIONS.md 9, 15, 26), so nobody mistakes a schema-valid
 * document for a correct one: the codec must check these itself.
 */
class KnownLimitationsTest {

    @TempDir
    Path tmp;

    @Test
    void aContentIdThatNamesTheOtherTemplateOfTheSameSlotStillValidates() throws IOException {
        Path sample = variant("REPC_MT000002GB01_02_upload-unborn-with-delete.xml",
                "extension=\"COCT_TP145100GB01#UnbornChild\"", "extension=\"COCT_TP145101GB01#Child\"");
        assertThat(Xsd.validateByRoot(sample)).isEmpty();
    }

    @Test
    void aCpfDisplayOfAnotherCodeStillValidates() throws IOException {
        Path sample = variant("REPC_MT000003GB01_02_file-level-error.xml",
                "displayName=\"File Level Error\"", "displayName=\"Successful File Upload\"");
        assertThat(Xsd.validateByRoot(sample)).isEmpty();
    }

    @Test
    void anNhsNumberFailingModulus11StillValidates() throws IOException {
        Path sample = variant("QUPC_MT000006GB01_01_person-author.xml",
                "<value extension=\"9990000018\"/>", "<value extension=\"9990000019\"/>");
        assertThat(Xsd.validateByRoot(sample)).isEmpty();
    }

    private Path variant(String validSample, String from, String to) throws IOException {
        Path source = Xsd.moduleDir().resolve("src/test/resources/samples/valid").resolve(validSample);
        String text = Files.readString(source);
        assertThat(text).contains(from);
        Path copy = tmp.resolve(validSample);
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return copy;
    }
}
