package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every valid sample validates against the entry schema its root element selects. */
class ValidSamplesTest {

    static Stream<Path> validSamples() {
        return Xsd.samples("valid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void validates(Path sample) {
        assertThat(Xsd.validateByRoot(sample)).as(sample.getFileName().toString()).isEmpty();
    }

    @Test
    void thereIsAValidSampleForEveryDocumentRoot() {
        Set<String> sampled = validSamples()
                .map(p -> Xsd.parse(p).getDocumentElement())
                .map(ValidSamplesTest::rootAndEntry)
                .collect(Collectors.toSet());
        Set<String> catalogued = RootCatalogue.load().rows().stream()
                .filter(r -> !r.entrySchema().equals("spine-soap-header.xsd")) // header blocks: SoapSamplesTest
                .map(r -> r.localName() + " -> " + r.entrySchema())
                .collect(Collectors.toSet());
        assertThat(sampled).containsAll(catalogued);
    }

    private static String rootAndEntry(Element root) {
        return root.getLocalName() + " -> " + RootCatalogue.load().entrySchemaFor(root).orElse("?");
    }
}
