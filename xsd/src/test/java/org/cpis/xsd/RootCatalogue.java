package org.cpis.xsd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads {@code /xsd/root-elements.tsv} from the classpath (as the codec will) and picks the entry
 * schema for a document by its root element's namespace and local name, and, for the one
 * ambiguous name (CP-ISNHSQueryResponse), by its first child element.
 */
record RootCatalogue(List<Row> rows) {

    static final String RESOURCE = "/xsd/root-elements.tsv";

    record Row(String namespace, String localName, String entrySchema, Set<String> firstChild) {
        boolean matches(String ns, String name, String firstChildName) {
            return namespace.equals(ns) && localName.equals(name)
                    && (firstChild.isEmpty() || firstChild.contains(firstChildName));
        }
    }

    static RootCatalogue load() {
        InputStream in = RootCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException("bad row in " + RESOURCE + ": " + line);
                }
                Set<String> firstChild = "*".equals(cols[3]) ? Set.of() : Set.of(cols[3].split("\\|"));
                rows.add(new Row(cols[0], cols[1], cols[2], firstChild));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RootCatalogue(List.copyOf(rows));
    }

    Optional<String> entrySchemaFor(Element root) {
        String firstChild = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                firstChild = n.getLocalName();
                break;
            }
        }
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        for (Row row : rows) {
            if (row.matches(ns, root.getLocalName(), firstChild)) {
                return Optional.of(row.entrySchema());
            }
        }
        return Optional.empty();
    }
}
