package org.cpis.sft.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a control file ({@code DTSControl}, UTF-8) with its elements in the order real senders use
 * (MESH-AND-SFT.md §3.3), one per line, absent ones left out. Thread-safe.
 */
public final class DtsControlWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    /** The control file as bytes. */
    public byte[] toBytes(DtsControl control) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            write(control, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes the control file to {@code out} (not closed). */
    public void write(DtsControl control, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml;
            synchronized (OUTPUT) {
                xml = OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            }
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(DtsControlReader.ROOT);
            element(xml, "Version", control.version());
            element(xml, "AddressType", control.addressType() == null ? null : control.addressType().xml());
            element(xml, "MessageType", control.messageType().xml());
            element(xml, "WorkflowId", control.workflowId());
            element(xml, "From_DTS", control.fromDts());
            element(xml, "To_DTS", control.toDts());
            element(xml, "From_ESMTP", control.fromEsmtp());
            element(xml, "To_ESMTP", control.toEsmtp());
            element(xml, "Subject", control.subject());
            element(xml, "LocalId", control.localId());
            element(xml, "DTSId", control.dtsId());
            element(xml, "PartnerId", control.partnerId());
            flag(xml, "Compress", control.compress());
            flag(xml, "Encrypted", control.encrypted());
            flag(xml, "AllowChunking", control.allowChunking());
            element(xml, "ProcessId", control.processId());
            element(xml, "DataChecksum", control.dataChecksum());
            flag(xml, "IsCompressed", control.isCompressed());
            StatusRecord status = control.statusRecord();
            if (status != null) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(DtsControlReader.STATUS_RECORD);
                element(xml, "    ", "DateTime", DtsControlReader.DATE_TIME.format(status.dateTime()));
                element(xml, "    ", "Event", status.event().xml());
                element(xml, "    ", "Status", status.status().xml());
                element(xml, "    ", "StatusCode", status.statusCode());
                element(xml, "    ", "Description", status.description());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write a control file: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        element(xml, "  ", name, value);
    }

    private static void element(XMLStreamWriter xml, String indent, String name, String value)
            throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void flag(XMLStreamWriter xml, String name, Boolean value) throws XMLStreamException {
        element(xml, name, value == null ? null : ControlValues.yesNo(value));
    }
}
