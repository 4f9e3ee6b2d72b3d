package org.cpis.gateway.codec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The notification tests' golden files ({@code /golden/<folder>/<name>}) and the checks made on wire bytes. */
final class Golden {

    private Golden() {
    }

    static byte[] bytes(String folder, String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + folder + "/" + name)) {
            assertThat(in).as(folder + "/" + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String folder, String name) {
        return new String(bytes(folder, name), StandardCharsets.UTF_8);
    }

    /** Same elements, attributes and text in the same order; whitespace and comments ignored. */
    static void assertSimilar(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreWhitespace().ignoreComments().checkForSimilar()
                .build();
        assertThat(d.hasDifferences()).as(d + "\n" + new String(actual, StandardCharsets.UTF_8)).isFalse();
    }

    /** Every encoded message follows our schema. */
    static void assertSchemaValid(byte[] wire) {
        assertThat(new WireReader().read(wire, "encoded.xml", XmlLimits.MESSAGE).problems())
                .as(new String(wire, StandardCharsets.UTF_8)).isEmpty();
    }
}
