package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * An entry schema accepts only its own root element: every valid sample is rejected by every
 * other entry schema (cvc-elt.1, no declaration for the root). This is what lets the codec pick
 * exactly one schema per root and rely on it. The one shared name (CP-ISNHSQueryResponse: payload
 * and Spine wrapper) is rejected on its content instead.
 */
class EntrySchemaIsolationTest {

    static Stream<Path> validSamples() {
        return Xsd.samples("valid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void everyOtherEntrySchemaRejectsTheSample(Path sample) {
        RootCatalogue catalogue = RootCatalogue.load();
        Element root = Xsd.parse(sample).getDocumentElement();
        String own = catalogue.entrySchemaFor(root).orElseThrow();
        List<String> others = catalogue.rows().stream().map(RootCatalogue.Row::entrySchema)
                .distinct().filter(e -> !e.equals(own)).toList();
        assertThat(others).isNotEmpty();
        for (String other : others) {
            List<String> errors = Xsd.validate(Xsd.entry(other), Xsd.saxSource(sample));
            boolean sameRootName = catalogue.rows().stream()
                    .anyMatch(r -> r.entrySchema().equals(other) && r.localName().equals(root.getLocalName()));
            if (sameRootName) {
                // the payload CP-ISNHSQueryResponse vs. Spine's wrapper of the same name: the content differs
                assertThat(errors).as("%s against %s", sample.getFileName(), other)
                        .anyMatch(m -> m.contains("cvc-complex-type.2.4.a"));
            } else {
                assertThat(errors).as("%s against %s", sample.getFileName(), other)
                        .anyMatch(m -> m.contains("cvc-elt.1") && m.contains(root.getLocalName()));
            }
        }
    }
}
