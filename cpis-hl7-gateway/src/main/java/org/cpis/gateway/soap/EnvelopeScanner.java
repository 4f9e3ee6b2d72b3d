package org.cpis.gateway.soap;

import java.io.ByteArrayInputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Reads a request body once, as a stream, through CP-IS's hardened parser ({@link SecureXml}: no DOCTYPE, no
 * entities, bounded depth and attributes) and keeps what the endpoint needs before any other parser sees it: the
 * WS-Addressing and {@code hl7:communicationFunction} header blocks, the body's element, and leniently the HL7
 * message id and ASIDs. Anything but a well-formed SOAP 1.1 envelope is an {@link EnvelopeRefusal}. Thread-safe.
 */
public final class EnvelopeScanner {

    /** The longest header value kept; longer ones are cut (a wsa:MessageID is 41 characters). */
    static final int MAX_VALUE = 1000;

    private final XmlLimits limits;

    public EnvelopeScanner(XmlLimits limits) {
        this.limits = limits;
    }

    public RequestEnvelope scan(byte[] body) {
        Reading reading = new Reading(body.length);
        try {
            XMLStreamReader reader = SecureXml.streamReader(new ByteArrayInputStream(body), limits);
            try {
                while (reader.hasNext()) {
                    reading.on(reader.next(), reader);
                }
            } finally {
                reader.close();
            }
        } catch (UnsafeXmlException e) {
            SoapFaultCode code = e.reason() == UnsafeXmlException.Reason.TOO_LARGE
                    ? SoapFaultCode.TOO_LARGE : SoapFaultCode.REFUSED_BEFORE_READING;
            throw new EnvelopeRefusal(code, e.getMessage(), null);
        } catch (XMLStreamException | RuntimeException e) {
            throw new EnvelopeRefusal(SoapFaultCode.NOT_AN_ENVELOPE, notWellFormed(e), null);
        }
        return reading.envelope();
    }

    private static String notWellFormed(Exception e) {
        String message = e.getMessage() == null ? "not XML" : e.getMessage();
        return message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\]\\s*Message: ", "line $1, column $2: ")
                .replaceAll("\\s+", " ").strip();
    }

    /** The state of one reading: where we are, and what was found. */
    private static final class Reading {
        private final long size;
        private final QName[] path = new QName[8];
        private int depth;
        private boolean envelopeSeen;
        private boolean bodySeen;
        private StringBuilder text;
        private String messageId;
        private String action;
        private String to;
        private String from;
        private String replyTo;
        private String receiverAsid;
        private String senderAsid;
        private QName bodyElement;
        private int bodyElements;
        private String hl7MessageId;
        private String hl7SenderAsid;
        private String hl7ReceiverAsid;

        Reading(long size) {
            this.size = size;
        }

        void on(int event, XMLStreamReader r) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> start(r);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text != null && text.length() < MAX_VALUE) {
                        text.append(r.getText(), 0, Math.min(r.getTextLength(), MAX_VALUE - text.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> end();
                default -> {
                }
            }
        }

        private void start(XMLStreamReader r) {
            depth++;
            QName name = r.getName();
            if (depth < path.length) {
                path[depth] = name;
            }
            if (depth == 1) {
                if (!is(name, QueryServiceNames.SOAP_11, "Envelope")) {
                    throw new EnvelopeRefusal(SoapFaultCode.NOT_AN_ENVELOPE, "the root element is " + name
                            + ", not {" + QueryServiceNames.SOAP_11 + "}Envelope", null);
                }
                envelopeSeen = true;
            } else if (depth == 2) {
                bodySeen |= is(name, QueryServiceNames.SOAP_11, "Body");
            } else if (under("Header")) {
                header(r, name);
            } else if (under("Body")) {
                body(r, name);
            }
        }

        private void header(XMLStreamReader r, QName name) {
            String block = depth >= 3 ? path[3].getLocalPart() : "";
            boolean wsa = QueryServiceNames.WSA.equals(path[3].getNamespaceURI());
            if (depth == 3 && wsa && (block.equals("MessageID") || block.equals("Action") || block.equals("To"))) {
                text = new StringBuilder();
            } else if (depth == 4 && wsa && (block.equals("From") || block.equals("ReplyTo"))
                    && is(name, QueryServiceNames.WSA, "Address")) {
                text = new StringBuilder();
            } else if (depth == 5 && QueryServiceNames.HL7.equals(path[3].getNamespaceURI()) && isDeviceId(4)) {
                if (block.equals("communicationFunctionRcv") && receiverAsid == null) {
                    receiverAsid = extension(r);
                } else if (block.equals("communicationFunctionSnd") && senderAsid == null) {
                    senderAsid = extension(r);
                }
            }
        }

        private void body(XMLStreamReader r, QName name) {
            if (depth == 3) {
                bodyElements++;
                if (bodyElement == null) {
                    bodyElement = name;
                }
                return;
            }
            if (bodyElements != 1 || !QueryServiceNames.HL7.equals(name.getNamespaceURI())) {
                return;
            }
            if (depth == 4 && name.getLocalPart().equals("id") && hl7MessageId == null) {
                hl7MessageId = attribute(r, "root");
            } else if (depth == 6 && isDeviceId(5)) {
                String function = path[4].getLocalPart();
                if (function.equals("communicationFunctionSnd") && hl7SenderAsid == null) {
                    hl7SenderAsid = extension(r);
                } else if (function.equals("communicationFunctionRcv") && hl7ReceiverAsid == null) {
                    hl7ReceiverAsid = extension(r);
                }
            }
        }

        private void end() {
            if (text != null) {
                String value = text.toString().strip();
                String block = path[3].getLocalPart();
                switch (block) {
                    case "MessageID" -> messageId = firstOf(messageId, value);
                    case "Action" -> action = firstOf(action, value);
                    case "To" -> to = firstOf(to, value);
                    case "From" -> from = firstOf(from, value);
                    case "ReplyTo" -> replyTo = firstOf(replyTo, value);
                    default -> {
                    }
                }
                text = null;
            }
            depth--;
        }

        /** Below {@code Envelope/<child>} where the child is SOAP's Header or Body. */
        private boolean under(String soapChild) {
            return depth >= 3 && is(path[2], QueryServiceNames.SOAP_11, soapChild);
        }

        /** {@code path[at]} is {@code device} and the current element its {@code id}, both HL7. */
        private boolean isDeviceId(int at) {
            return is(path[at], QueryServiceNames.HL7, "device") && is(path[at + 1], QueryServiceNames.HL7, "id");
        }

        RequestEnvelope envelope() {
            if (!envelopeSeen) {
                throw new EnvelopeRefusal(SoapFaultCode.NOT_AN_ENVELOPE, "no root element", null);
            }
            RequestEnvelope envelope = new RequestEnvelope(messageId, action, to, from, replyTo, receiverAsid,
                    senderAsid, bodyElement, bodyElements, hl7MessageId, hl7SenderAsid, hl7ReceiverAsid, size);
            if (!bodySeen) {
                throw new EnvelopeRefusal(SoapFaultCode.NOT_AN_ENVELOPE, "the envelope has no SOAP Body", envelope);
            }
            return envelope;
        }

        private static String firstOf(String kept, String value) {
            return kept != null ? kept : value.isEmpty() ? null : value;
        }

        private static String extension(XMLStreamReader r) {
            return attribute(r, "extension");
        }

        private static String attribute(XMLStreamReader r, String name) {
            String value = r.getAttributeValue(null, name);
            if (value == null || value.isBlank()) {
                return null;
            }
            String stripped = value.strip();
            return stripped.length() <= MAX_VALUE ? stripped : stripped.substring(0, MAX_VALUE);
        }

        private static boolean is(QName name, String namespace, String local) {
            return name != null && namespace.equals(name.getNamespaceURI()) && local.equals(name.getLocalPart());
        }
    }
}
