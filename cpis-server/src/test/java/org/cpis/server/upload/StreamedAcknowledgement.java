package org.cpis.server.upload;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Reads an LA Acknowledgement Response too large for this heap as a tree (every record is returned) in one pass,
 * through the hardened stream reader:
 * <ul>
 *   <li>each returned record ({@code message}, in file order) is checked as it goes by: valid or invalid as the
 *       upload expects, and the NHS number of the record at its place; only counts and the first mismatch are
 *       kept;</li>
 *   <li>everything else - header, file outcome, every acknowledgementRecordDetail, the LA, the counts - is copied
 *       as it stands into a document without the returned records (the schema allows none), which the gateway's
 *       {@link AcknowledgementDecoder} then decodes and checks (its counts rules, CPIS-C015, included);</li>
 *   <li>the SHA-256 of the whole document is computed on the way.</li>
 * </ul>
 */
final class StreamedAcknowledgement {

    private static final String NHS_ROOT = "2.16.840.1.113883.2.1.4.1";
    private static final QName ROOT_ATTRIBUTE = new QName("root");
    private static final QName EXTENSION_ATTRIBUTE = new QName("extension");

    /** What the pass found. */
    record Read(ReceivedAcknowledgement decoded, long returned, long returnedValid, long returnedInvalid,
                long mismatches, String firstMismatch, String sha256) {
    }

    private StreamedAcknowledgement() {
    }

    static Read read(InputStream wire, SyntheticUpload upload) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream withoutRecords = new ByteArrayOutputStream();
        Tally tally = new Tally(upload);
        try (InputStream in = new DigestInputStream(wire, sha256)) {
            XMLEventReader events = XMLInputFactory.newFactory()
                    .createXMLEventReader(SecureXml.streamReader(keptOpen(in), XmlLimits.UPLOAD_FILE));
            XMLEventWriter copy = XMLOutputFactory.newFactory().createXMLEventWriter(withoutRecords, "UTF-8");
            int depth = 0;
            int messageDepth = -1;
            while (events.hasNext()) {
                XMLEvent event = events.nextEvent();
                if (event.isStartElement()) {
                    depth++;
                    StartElement start = event.asStartElement();
                    String name = start.getName().getLocalPart();
                    if (messageDepth < 0 && depth == 2 && "message".equals(name)) {
                        messageDepth = depth;
                        tally.startRecord();
                    } else if (messageDepth >= 0) {
                        tally.inRecord(start, name);
                    }
                }
                if (messageDepth < 0) {
                    copy.add(event);
                }
                if (event.isEndElement()) {
                    if (depth == messageDepth) {
                        tally.endRecord();
                        messageDepth = -1;
                    }
                    depth--;
                }
            }
            copy.close();
            events.close();
            in.transferTo(OutputStream.nullOutputStream());
        }
        ReceivedAcknowledgement decoded = new AcknowledgementDecoder().decode(withoutRecords.toByteArray());
        return new Read(decoded, tally.returned, tally.valid, tally.invalid, tally.mismatches, tally.firstMismatch,
                HexFormat.of().formatHex(sha256.digest()));
    }

    /** The SHA-256 (lower-case hex) of everything {@code in} gives. */
    static String sha256(InputStream in) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, sha256)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The stream as the XML reader sees it: the reader closes its input at the document's end; the digest goes on. */
    private static InputStream keptOpen(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // closed by read's try-with-resources
            }
        };
    }

    /** The checks of the returned records, one at a time. */
    private static final class Tally {
        private final SyntheticUpload upload;
        long returned;
        long valid;
        long invalid;
        long mismatches;
        String firstMismatch;
        private Boolean isValid;
        private String nhsNumber;

        Tally(SyntheticUpload upload) {
            this.upload = upload;
        }

        void startRecord() {
            returned++;
            isValid = null;
            nhsNumber = null;
        }

        void inRecord(StartElement start, String name) {
            if (isValid == null && ("validCP-ISRecord".equals(name) || "invalidCP-ISRecord".equals(name))) {
                isValid = "validCP-ISRecord".equals(name);
            }
            Attribute root = start.getAttributeByName(ROOT_ATTRIBUTE);
            if (nhsNumber == null && "id".equals(name) && root != null && NHS_ROOT.equals(root.getValue())) {
                Attribute extension = start.getAttributeByName(EXTENSION_ATTRIBUTE);
                nhsNumber = extension == null ? "" : extension.getValue();
            }
        }

        void endRecord() {
            int position = (int) returned;
            if (Boolean.TRUE.equals(isValid)) {
                valid++;
            } else if (Boolean.FALSE.equals(isValid)) {
                invalid++;
            }
            boolean expectValid = SyntheticUpload.kindOf(position) == SyntheticUpload.Kind.STORED;
            String expectedNhs = position <= upload.records() ? upload.nhsNumber(position) : "(no such record)";
            if (isValid == null || isValid != expectValid || !expectedNhs.equals(nhsNumber)) {
                mismatches++;
                if (firstMismatch == null) {
                    String found = isValid == null ? "neither valid nor invalid" : isValid ? "valid" : "invalid";
                    firstMismatch = "returned record " + position + ": " + found + " with NHS number " + nhsNumber
                            + ", expected " + (expectValid ? "valid" : "invalid") + " with " + expectedNhs;
                }
            }
        }
    }
}
