package org.cpis.gateway.soap;

import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * The door of the NHS Query endpoint: a request body is let in only when it is small enough, reads as a SOAP 1.1
 * envelope through the hardened parser, asks for this service's action in both the HTTP SOAPAction and wsa:Action,
 * carries a wsa:MessageID (the response's wsa:RelatesTo echoes it) and holds exactly one
 * {@code QUPC_IN000006GB01} in its body. The first check that fails is the answer, as an {@link EnvelopeRefusal}.
 * Thread-safe.
 */
public final class RequestAdmission {

    private static final QName QUERY = new QName(QueryServiceNames.HL7, QueryServiceNames.REQUEST_INTERACTION);

    private final EnvelopeScanner scanner;
    private final long maxBytes;

    public RequestAdmission(EnvelopeScanner scanner, long maxBytes) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.maxBytes = maxBytes;
    }

    /** The largest request body let in, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param body       the request body, read up to one byte beyond the limit
     * @param soapAction the HTTP SOAPAction header as sent (quotes allowed), or {@code null}
     */
    public RequestEnvelope admit(byte[] body, String soapAction) {
        if (body.length > maxBytes) {
            throw new EnvelopeRefusal(SoapFaultCode.TOO_LARGE, "more than " + maxBytes + " bytes", null);
        }
        RequestEnvelope envelope = scanner.scan(body);
        String httpAction = unquoted(soapAction);
        if (!QueryServiceNames.REQUEST_ACTION.equals(httpAction)) {
            throw new EnvelopeRefusal(SoapFaultCode.UNKNOWN_ACTION, httpAction == null || httpAction.isEmpty()
                    ? "no SOAPAction was sent" : "'" + shown(httpAction) + "'", envelope);
        }
        if (!QueryServiceNames.REQUEST_ACTION.equals(envelope.action())) {
            throw new EnvelopeRefusal(SoapFaultCode.ADDRESSING_ACTION, envelope.action() == null
                    ? "no wsa:Action header (namespace " + QueryServiceNames.WSA + ")"
                    : "'" + shown(envelope.action()) + "'", envelope);
        }
        if (envelope.messageId() == null) {
            throw new EnvelopeRefusal(SoapFaultCode.MESSAGE_ID_MISSING, "send wsa:MessageID (namespace "
                    + QueryServiceNames.WSA + "), e.g. uuid:5F2A9B1C-3D4E-4F60-8A7B-9C0D1E2F3A4B", envelope);
        }
        if (envelope.bodyElements() != 1 || !QUERY.equals(envelope.bodyElement())) {
            throw new EnvelopeRefusal(SoapFaultCode.NOT_A_QUERY, envelope.bodyElements() == 0 ? "the body is empty"
                    : envelope.bodyElements() + " element(s), the first " + envelope.bodyElement(), envelope);
        }
        if (envelope.acknowledgedMessageId().isEmpty()) {
            throw new EnvelopeRefusal(SoapFaultCode.MESSAGE_ID_MISSING, "neither the HL7 message id nor wsa:MessageID"
                    + " '" + shown(envelope.messageId()) + "' is a UUID, so no answer could refer to the message", envelope);
        }
        return envelope;
    }

    private static String unquoted(String soapAction) {
        if (soapAction == null) {
            return null;
        }
        String value = soapAction.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** A value sent by the client, cut for an error message. */
    private static String shown(String value) {
        return value.length() <= 120 ? value : value.substring(0, 120) + "...";
    }
}
