package org.cpis.gateway.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.validation.Schema;
import org.cpis.gateway.codec.xml.SecureXml;
import org.xml.sax.SAXException;

/**
 * The CP-IS schemas of the {@code cpis-xsd} module, chosen by a document's root element (and, for the one
 * shared name, its first child) from {@code /xsd/root-elements.tsv}. Each entry schema is compiled once, on
 * first use; a compiled {@link Schema} is thread-safe.
 */
public final class WireSchemas {

    private static final String CATALOGUE = "/xsd/root-elements.tsv";
    private static final WireSchemas INSTANCE = new WireSchemas();

    private record Row(QName root, String schema, List<String> firstChildren) {
        boolean matches(QName element, String firstChild) {
            return root.equals(element) && (firstChildren.isEmpty() || firstChildren.contains(firstChild));
        }
    }

    private final List<Row> rows;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private WireSchemas() {
        this.rows = readCatalogue();
    }

    public static WireSchemas instance() {
        return INSTANCE;
    }

    /** The entry schema file for a root element, if CP-IS knows the root. */
    public Optional<String> entrySchema(QName root, String firstChild) {
        return rows.stream().filter(r -> r.matches(root, firstChild)).map(Row::schema).findFirst();
    }

    /** The compiled schema for a root element, if CP-IS knows the root. */
    public Optional<Schema> schemaFor(QName root, String firstChild) {
        return entrySchema(root, firstChild).map(this::compiled);
    }

    /** The root elements CP-IS knows, for messages that name them. */
    public List<String> knownRoots() {
        return rows.stream().map(r -> r.root().getLocalPart()).distinct().toList();
    }

    public Schema compiled(String entrySchema) {
        return compiled.computeIfAbsent(entrySchema, WireSchemas::compile);
    }

    private static Schema compile(String entrySchema) {
        URL url = WireSchemas.class.getResource("/xsd/" + entrySchema);
        if (url == null) {
            throw new IllegalStateException("schema /xsd/" + entrySchema + " is not on the classpath");
        }
        try {
            return SecureXml.schemaFactory().newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema /xsd/" + entrySchema + " does not compile: " + e.getMessage(), e);
        }
    }

    private static List<Row> readCatalogue() {
        try (InputStream in = WireSchemas.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is not on the classpath (module cpis-xsd)");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String> first = "*".equals(f[3].strip()) ? List.of() : List.of(f[3].strip().split("\\|"));
                rows.add(new Row(new QName(f[0], f[1]), f[2], first));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
