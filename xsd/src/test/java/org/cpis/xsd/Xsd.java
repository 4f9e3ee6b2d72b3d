package org.cpis.xsd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Test support: the hardened way to compile the CP-IS schemas and validate instances with the
 * JDK's javax.xml.validation, as a production validator should do it.
 */
final class Xsd {

    /** Namespace of every CP-IS element. */
    static final String HL7 = "urn:hl7-org:v3";
    /** Namespace of the template content id element. */
    static final String NPFITLC = "NPFIT:HL7:Localisation";
    /** WS-Addressing 2004/08. */
    static final String WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    /** SOAP 1.1 envelope. */
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    /** Protocols a schema may pull includes / imports from: the file system and jars only. */
    static final String SCHEMA_PROTOCOLS = "file,jar:file";

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Xsd() {
    }

    /** The xsd module directory (Maven sets basedir; an IDE runs in the module directory). */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** Every *.xsd file of the module, by file name. */
    static List<Path> schemaFiles() {
        try (Stream<Path> files = Files.list(moduleDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xsd")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A SchemaFactory as a production validator should build it: secure processing on, no DTDs,
     * schema documents only from file: and jar:file: locations (so relative includes resolve in
     * both layouts and nothing is ever fetched from the network).
     */
    static SchemaFactory hardenedFactory() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, SCHEMA_PROTOCOLS);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    /** Compiles a schema; any warning or error (an unresolved include is only a warning) fails. */
    static Schema compile(Source source) {
        SchemaFactory factory = hardenedFactory();
        Collector collector = new Collector(true);
        factory.setErrorHandler(collector);
        Schema schema;
        try {
            schema = factory.newSchema(source);
        } catch (SAXException e) {
            collector.messages.add(e.getMessage());
            schema = null;
        }
        if (!collector.messages.isEmpty()) {
            throw new AssertionError("schema " + source.getSystemId() + " does not compile cleanly:\n  "
                    + String.join("\n  ", collector.messages));
        }
        return schema;
    }

    static Schema compile(Path file) {
        return compile(new StreamSource(file.toFile()));
    }

    static Schema compile(URL url) {
        try {
            InputStream in = url.openStream();
            StreamSource source = new StreamSource(in, url.toExternalForm());
            try (in) {
                return compile(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry schema of the given name, compiled once from the module directory. */
    static Schema entry(String fileName) {
        return CACHE.computeIfAbsent(fileName, name -> compile(moduleDir().resolve(name)));
    }

    /** Validates; returns every error message (empty = valid). Warnings are ignored. */
    static List<String> validate(Schema schema, Source source) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        Collector collector = new Collector(false);
        validator.setErrorHandler(collector);
        try {
            validator.validate(source);
        } catch (SAXException e) {
            if (collector.messages.isEmpty()) {
                collector.messages.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(collector.messages);
    }

    /** An instance document as a SAX source from a hardened parser (no DTD, line numbers kept). */
    static Source saxSource(Path file) {
        try {
            SAXParserFactory spf = SAXParserFactory.newInstance();
            spf.setNamespaceAware(true);
            spf.setXIncludeAware(false);
            spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = spf.newSAXParser().getXMLReader();
            InputSource input = new InputSource(file.toUri().toString());
            return new SAXSource(reader, input);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates an element (e.g. one SOAP header block) as if it were a document root. */
    static List<String> validate(Schema schema, Element element) {
        return validate(schema, new DOMSource(element));
    }

    /** Parses with a hardened, namespace-aware DOM parser. */
    static Document parse(Path file) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            dbf.setXIncludeAware(false);
            dbf.setExpandEntityReferences(false);
            dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return dbf.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot parse " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of a sample folder under src/test/resources/samples. */
    static List<Path> samples(String folder) {
        Path dir = moduleDir().resolve("src/test/resources/samples").resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a sample file against the entry schema its root element maps to. */
    static List<String> validateByRoot(Path file) {
        return validateByRoot(file, Xsd::entry);
    }

    static List<String> validateByRoot(Path file, Function<String, Schema> schemas) {
        Element root = parse(file).getDocumentElement();
        String entry = RootCatalogue.load().entrySchemaFor(root)
                .orElseThrow(() -> new AssertionError("no entry schema for root {" + root.getNamespaceURI()
                        + "}" + root.getLocalName() + " of " + file.getFileName()));
        return validate(schemas.apply(entry), saxSource(file));
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();
        private final boolean warningsCount;

        Collector(boolean warningsCount) {
            this.warningsCount = warningsCount;
        }

        @Override
        public void warning(SAXParseException e) {
            if (warningsCount) {
                messages.add("warning: " + describe(e));
            }
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add("fatal: " + describe(e));
        }

        private static String describe(SAXParseException e) {
            return (e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "") + e.getMessage();
        }
    }
}
