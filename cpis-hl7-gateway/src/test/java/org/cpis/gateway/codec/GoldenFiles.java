package org.cpis.gateway.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The golden wire files of the codec tests ({@code /golden/...}) and the comparisons made with them. */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    /** A golden file's bytes, e.g. {@code bytes("la-upload/five-children.wire.xml")}. */
    public static byte[] bytes(String path) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** Same elements, attributes and text in the same order; whitespace and comments ignored. */
    public static void assertSameXml(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(d.hasDifferences()).as(d + "\n" + new String(actual, StandardCharsets.UTF_8)).isFalse();
    }

    /** The message validates against the schema its root selects. */
    public static void assertSchemaValid(byte[] wire) {
        assertThat(new WireReader().read(wire, "encoded.xml", XmlLimits.UPLOAD_FILE).problems()).isEmpty();
    }
}
