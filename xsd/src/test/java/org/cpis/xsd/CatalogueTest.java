package org.cpis.xsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * root-elements.tsv, CATALOGUE.md and the schema files agree: global elements are declared only
 * in entry schemas, each entry schema declares exactly the roots the catalogue maps to it, and
 * every file is documented.
 */
class CatalogueTest {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    @Test
    void everyCatalogueRowPointsAtAnExistingEntrySchema() {
        List<RootCatalogue.Row> rows = RootCatalogue.load().rows();
        assertThat(rows).hasSize(20);
        assertThat(rows).allSatisfy(r -> assertThat(Xsd.moduleDir().resolve(r.entrySchema())).exists());
    }

    @Test
    void theSixPayloadRootsAndFourInteractionsMapToTheirMessageTypeSchemas() {
        RootCatalogue catalogue = RootCatalogue.load();
        assertThat(catalogue.rows().stream()
                .filter(r -> r.namespace().equals(Xsd.HL7) && r.firstChild().isEmpty())
                .map(r -> r.localName() + "=" + r.entrySchema()))
                .contains("File=REPC_MT000002GB01.xsd",
                        "FileResponse=REPC_MT000003GB01.xsd",
                        "CP-ISQueryStub=QUPC_MT000006GB01.xsd",
                        "CP-ISNHSQueryResponse=REPC_MT000007GB01.xsd",
                        "CP-ISAccessToServiceNotification=REPC_MT000004GB01.xsd",
                        "CP-ISInactiveNHSNumberNotification=REPC_MT000005GB01.xsd",
                        "QUPC_IN000006GB01=QUPC_IN000006GB01.xsd",
                        "REPC_IN000007GB01=REPC_IN000007GB01.xsd",
                        "QUQI_IN010000UK14=QUQI_IN010000UK14.xsd",
                        "MCCI_IN010000UK13=MCCI_IN010000UK13.xsd");
    }

    @Test
    void theSpineWrapperIsChosenByItsFirstChild() {
        RootCatalogue catalogue = RootCatalogue.load();
        for (Path sample : Xsd.samples("valid")) {
            Element root = Xsd.parse(sample).getDocumentElement();
            if (!root.getLocalName().equals("CP-ISNHSQueryResponse")) {
                continue;
            }
            String expected = sample.getFileName().toString().startsWith("spine-envelope")
                    ? "spine-query-response-envelope.xsd" : "REPC_MT000007GB01.xsd";
            assertThat(catalogue.entrySchemaFor(root)).as(sample.getFileName().toString()).contains(expected);
        }
    }

    @Test
    void globalElementsLiveOnlyInEntrySchemasAndMatchTheCatalogue() {
        Set<String> entries = RootCatalogue.load().rows().stream().map(RootCatalogue.Row::entrySchema)
                .collect(Collectors.toSet());
        Set<String> declared = new TreeSet<>();
        for (Path schema : Xsd.schemaFiles()) {
            String name = schema.getFileName().toString();
            Element root = Xsd.parse(schema).getDocumentElement();
            String tns = root.getAttribute("targetNamespace");
            List<String> globals = globalElements(root);
            if (name.equals("ws-addressing-2004-08.xsd")) {
                // imported only by the SOAP header entry schema
                globals.forEach(g -> declared.add(tns + " " + g + " spine-soap-header.xsd"));
            } else if (name.endsWith(".record.xsd")) {
                // record-level entry schema (one upload record at a time): never a document root
                assertThat(entries).as(name).doesNotContain(name);
                assertThat(globals).as(name).containsExactly("record");
            } else if (entries.contains(name)) {
                assertThat(globals).as(name).isNotEmpty();
                globals.forEach(g -> declared.add(tns + " " + g + " " + name));
            } else {
                assertThat(globals).as("%s is not an entry schema and must declare no global element", name).isEmpty();
            }
        }
        Set<String> catalogued = RootCatalogue.load().rows().stream()
                .map(r -> r.namespace() + " " + r.localName() + " " + r.entrySchema())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(catalogued);
    }

    @Test
    void catalogueAndDecisionsDocumentEveryFileAndRoot() throws IOException {
        String catalogue = Files.readString(Xsd.moduleDir().resolve("CATALOGUE.md"));
        assertThat(Xsd.schemaFiles()).allSatisfy(p -> assertThat(catalogue).contains("`" + p.getFileName() + "`"));
        assertThat(RootCatalogue.load().rows()).allSatisfy(r -> assertThat(catalogue).contains("`" + r.localName() + "`"));
        assertThat(Xsd.moduleDir().resolve("DECISIONS.md")).exists();
    }

    @Test
    void theDocumentationIsPackagedBesideTheSchemas() {
        assertThat(getClass().getResource("/xsd/CATALOGUE.md")).isNotNull();
        assertThat(getClass().getResource("/xsd/DECISIONS.md")).isNotNull();
        assertThat(getClass().getResource(RootCatalogue.RESOURCE)).isNotNull();
    }

    private static List<String> globalElements(Element schema) {
        List<String> names = new ArrayList<>();
        for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && "element".equals(e.getLocalName())) {
                names.add(e.getAttribute("name"));
            }
        }
        return names;
    }
}
