package org.cpis.gateway.codec.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** Golden wire files of this package's messages, and the comparisons the tests make with them. */
final class Golden {

    private Golden() {
    }

    static byte[] read(String path) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(read(path), StandardCharsets.UTF_8);
    }

    /** Same elements, attributes and text in the same order; whitespace and comments ignored. */
    static void assertSameXml(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertThat(d.hasDifferences()).as(d + "\n" + new String(actual, StandardCharsets.UTF_8)).isFalse();
    }

    /** The message validates against the schema its root selects. */
    static void assertSchemaValid(byte[] wire) {
        assertThat(new WireReader().read(wire, "encoded.xml", XmlLimits.MESSAGE).problems()).isEmpty();
    }
}
