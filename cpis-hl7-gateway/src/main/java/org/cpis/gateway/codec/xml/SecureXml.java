package org.cpis.gateway.codec.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The one place every XML parser of CP-IS is made, hardened the same way for every entry point: DOCTYPE
 * refused, no external entities, no external DTD or schema fetches, no XInclude, and bounded size, depth and
 * attributes ({@link XmlLimits}). DOM, SAX, StAX, Saxon (XSLT) and the schema Validator all come from here.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String MAX_ATTRIBUTES = "http://www.oracle.com/xml/jaxp/properties/elementAttributeLimit";

    private SecureXml() {
    }

    /** A DOM builder. Not thread-safe: one per use or per thread. */
    public static DocumentBuilder documentBuilder(XmlLimits limits) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature(EXTERNAL_GENERAL, false);
            f.setFeature(EXTERNAL_PARAMETER, false);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(MAX_DEPTH, String.valueOf(limits.maxDepth()));
            f.setAttribute(MAX_ATTRIBUTES, String.valueOf(limits.maxAttributes()));
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(ThrowingErrorHandler.INSTANCE);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /** Configured once (configuring a factory costs more than parsing a message); only read afterwards. */
    private static final SAXParserFactory SAX = saxFactory();

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature(EXTERNAL_GENERAL, false);
            f.setFeature(EXTERNAL_PARAMETER, false);
            f.setFeature(LOAD_EXTERNAL_DTD, false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /**
     * A SAX reader. Not thread-safe: one per use or per thread ({@link XmlReaderPool} keeps one per thread for
     * reuse).
     */
    public static XMLReader xmlReader(XmlLimits limits) {
        try {
            XMLReader reader;
            synchronized (SAX) {
                reader = SAX.newSAXParser().getXMLReader();
            }
            reader.setErrorHandler(ThrowingErrorHandler.INSTANCE);
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(MAX_DEPTH, String.valueOf(limits.maxDepth()));
            reader.setProperty(MAX_ATTRIBUTES, String.valueOf(limits.maxAttributes()));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /** A SAX source over a bounded stream, parsed by a hardened reader: what Saxon and the Validator read. */
    public static SAXSource source(InputStream in, XmlLimits limits, String systemId) {
        InputSource input = new InputSource(new BoundedInputStream(in, limits.maxBytes()));
        input.setSystemId(systemId);
        return new SAXSource(xmlReader(limits), input);
    }

    private static final XMLInputFactory STAX = staxFactory();

    private static XMLInputFactory staxFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new UnsafeXmlException(UnsafeXmlException.Reason.EXTERNAL_REFERENCE, systemId);
        });
        return f;
    }

    /**
     * A StAX reader over a bounded stream that refuses a DOCTYPE and enforces depth and attribute limits as
     * it goes, so that a large upload can be read record by record.
     */
    public static XMLStreamReader streamReader(InputStream in, XmlLimits limits) throws XMLStreamException {
        return new GuardedStreamReader(STAX.createXMLStreamReader(new BoundedInputStream(in, limits.maxBytes())),
                limits);
    }

    /** A schema factory that reads our own schemas (file or jar) and nothing from the network. */
    public static SchemaFactory schemaFactory() {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return f;
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's schema factory cannot be hardened", e);
        }
    }

    /** A validator that fetches nothing an instance points at (xsi:schemaLocation, DTDs). Not thread-safe. */
    public static Validator validator(Schema schema) {
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return v;
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's validator cannot be hardened", e);
        }
    }

    /**
     * A validator handler (SAX events in, validated events out) that fetches nothing an instance points at.
     * Not thread-safe; reusable from one document to the next ({@link ValidatorPool} keeps them per thread).
     */
    public static ValidatorHandler validatorHandler(Schema schema) {
        try {
            ValidatorHandler v = schema.newValidatorHandler();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return v;
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's validator cannot be hardened", e);
        }
    }

    /**
     * The Saxon processor of CP-IS: our stylesheets only, no external functions, no fetching through
     * document(), doc() or unparsed-text(). Give it documents through {@link #source} only.
     */
    public static Processor saxon() {
        Processor p = new Processor(false);
        p.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        p.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "");
        p.setConfigurationProperty(Feature.DTD_VALIDATION, false);
        p.setConfigurationProperty(Feature.XINCLUDE, false);
        p.getUnderlyingConfiguration().setErrorReporterFactory(DeferredErrorReporter::new);
        return p;
    }
}
