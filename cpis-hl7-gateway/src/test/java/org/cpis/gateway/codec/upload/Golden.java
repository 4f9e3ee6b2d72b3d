package org.cpis.gateway.codec.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** Golden files of the LA Upload and Acknowledgement tests, and the helpers that read and compare them. */
final class Golden {

    private Golden() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** Asserts that two documents are the same (order significant, whitespace and comments ignored). */
    static void assertSameXml(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(d.hasDifferences()).as(d + "\n" + new String(actual, StandardCharsets.UTF_8)).isFalse();
    }

    /** Asserts that a document is valid against the schema its root selects. */
    static void assertSchemaValid(byte[] wire) {
        assertThat(new WireReader().read(wire, "test.xml", XmlLimits.UPLOAD_FILE).problems()).isEmpty();
    }

    /** Every record of an upload, decoded. */
    static List<DecodedRecord> decodeAll(UploadDecoder decoder, byte[] wire) {
        List<DecodedRecord> records = new ArrayList<>();
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire))) {
            reader.forEach(records::add);
        }
        return records;
    }
}
