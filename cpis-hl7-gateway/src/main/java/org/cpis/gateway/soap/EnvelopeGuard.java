package org.cpis.gateway.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * The first step of every request CXF receives (phase RECEIVE, before any parser of CXF's): reads the body, at most
 * one byte beyond the limit, lets {@link RequestAdmission} decide, logs the message in, and hands CXF the bytes read
 * - or answers with a SOAP fault (through {@link FaultShaper}). GET requests ({@code ?wsdl}, {@code ?xsd=}) pass.
 */
final class EnvelopeGuard extends AbstractPhaseInterceptor<Message> {

    private final RequestAdmission admission;
    private final TransmissionRecorder transmissions;

    EnvelopeGuard(RequestAdmission admission, TransmissionRecorder transmissions) {
        super(Phase.RECEIVE);
        this.admission = Objects.requireNonNull(admission, "admission");
        this.transmissions = Objects.requireNonNull(transmissions, "transmissions");
    }

    @Override
    public void handleMessage(Message message) {
        if (!"POST".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
            return;
        }
        Instant at = transmissions.now();
        String soapAction = header(message, "SOAPAction");
        byte[] body = new byte[0];
        try {
            if (declaredLength(message) > admission.maxBytes()) {
                throw new EnvelopeRefusal(SoapFaultCode.TOO_LARGE, "Content-Length " + declaredLength(message)
                        + " is more than " + admission.maxBytes() + " bytes", null);
            }
            body = read(message.getContent(InputStream.class));
            RequestEnvelope envelope = admission.admit(body, soapAction);
            transmissions.received(at, envelope, soapAction, body.length, TransmissionRecorder.RECEIVED);
            message.getExchange().put(RequestEnvelope.class, envelope);
            message.setContent(InputStream.class, new ByteArrayInputStream(body));
        } catch (EnvelopeRefusal refusal) {
            if (refusal.envelope() != null) {
                message.getExchange().put(RequestEnvelope.class, refusal.envelope());
            }
            transmissions.received(at, refusal.envelope(), soapAction, body.length, refusal.code().code());
            throw new Fault(refusal);
        }
    }

    private byte[] read(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            return in.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, admission.maxBytes() + 1)));
        } catch (IOException e) {
            throw new EnvelopeRefusal(SoapFaultCode.NOT_AN_ENVELOPE, "the request body could not be read: "
                    + e.getMessage(), null);
        }
    }

    private static long declaredLength(Message message) {
        String length = header(message, "Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The first value of an HTTP request header (CXF keeps them case-insensitively), or {@code null}. */
    private static String header(Message message, String name) {
        Object headers = message.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return null;
        }
        Object values = map.get(name);
        if (values instanceof List<?> list && !list.isEmpty() && list.get(0) != null) {
            return list.get(0).toString();
        }
        return null;
    }
}
