package org.cpis.gateway.codec;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a CP-IS message straight to the wire with the JDK's {@link XMLStreamWriter}: UTF-8 with an XML
 * declaration, no indentation, HL7 elements in the default namespace {@code urn:hl7-org:v3} and
 * {@code npfitlc:contentId} in {@code NPFIT:HL7:Localisation}, the way the encoding stylesheets write them. An
 * absent attribute value is written empty, as a stylesheet's attribute value template does. A value holding a
 * character XML 1.0 does not allow is an {@link IllegalArgumentException}, never a malformed message. One per
 * message; not thread-safe.
 */
public final class WireWriter {

    public static final String HL7 = "urn:hl7-org:v3";
    public static final String NPFITLC = "NPFIT:HL7:Localisation";
    private static final String NPFITLC_PREFIX = "npfitlc";
    /** The JDK's factory is not documented as thread-safe: one per thread, made once. */
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newDefaultFactory);

    private final ByteArrayOutputStream bytes;
    private final XMLStreamWriter out;

    private WireWriter(int expectedSize) {
        bytes = new ByteArrayOutputStream(expectedSize);
        try {
            out = FACTORY.get().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A writer for a message of about that many bytes. */
    public static WireWriter message(int expectedSize) {
        return new WireWriter(expectedSize);
    }

    /** The document element: declares the HL7 namespace as default and, when asked, the {@code npfitlc} prefix. */
    public WireWriter root(String name, boolean declareNpfitlc) {
        try {
            out.writeStartElement(name);
            out.writeDefaultNamespace(HL7);
            if (declareNpfitlc) {
                out.writeNamespace(NPFITLC_PREFIX, NPFITLC);
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Declares the {@code npfitlc} prefix on the element just started. */
    public WireWriter declareNpfitlc() {
        try {
            out.writeNamespace(NPFITLC_PREFIX, NPFITLC);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Starts an HL7 element (in the default namespace). */
    public WireWriter start(String name) {
        try {
            out.writeStartElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An attribute of the element just started; {@code null} is written as an empty value. */
    public WireWriter attribute(String name, String value) {
        try {
            out.writeAttribute(name, checked(value == null ? "" : value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Starts an HL7 element with one attribute. */
    public WireWriter start(String name, String attribute, String value) {
        return start(name).attribute(attribute, value);
    }

    /** An empty HL7 element with one attribute, e.g. {@code <id root="..."/>}. */
    public WireWriter leaf(String name, String attribute, String value) {
        return start(name).attribute(attribute, value).end();
    }

    /** An empty HL7 element with two attributes, e.g. {@code <id root="..." extension="..."/>}. */
    public WireWriter leaf(String name, String attribute1, String value1, String attribute2, String value2) {
        return start(name).attribute(attribute1, value1).attribute(attribute2, value2).end();
    }

    /** An HL7 element holding text only; {@code null} is written as an empty element. */
    public WireWriter text(String name, String text) {
        try {
            out.writeStartElement(name);
            if (text != null && !text.isEmpty()) {
                out.writeCharacters(checked(text));
            }
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** {@code <npfitlc:contentId root="..." extension="..."/>}. */
    public WireWriter contentId(String root, String extension) {
        try {
            out.writeStartElement(NPFITLC_PREFIX, "contentId", NPFITLC);
            return attribute("root", root).attribute("extension", extension).end();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends the innermost open element. */
    public WireWriter end() {
        try {
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends every open element and the document: the message's bytes. */
    public byte[] finish() {
        try {
            out.writeEndDocument();
            out.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The value, when every character of it may stand in an XML 1.0 document. */
    private static String checked(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c > 0xFFFD || (c >= 0xD800 && c <= 0xDFFF && !pair(value, i))) {
                throw new IllegalArgumentException("character U+" + String.format("%04X", (int) c)
                        + " cannot be written in an XML message");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return value;
    }

    private static boolean pair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("the message could not be written: " + e.getMessage(), e);
    }
}
