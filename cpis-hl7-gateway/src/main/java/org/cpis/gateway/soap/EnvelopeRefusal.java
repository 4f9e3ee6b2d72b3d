package org.cpis.gateway.soap;

import java.util.Objects;

/**
 * A request that cannot be read or routed, to be answered with a SOAP fault: its {@link SoapFaultCode}, what
 * exactly was wrong, and what could be read of the envelope before (for the transmission log).
 */
public final class EnvelopeRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SoapFaultCode code;
    private final String detail;
    private final transient RequestEnvelope envelope;

    /**
     * @param detail   what exactly was wrong, in words the sender can act on; {@code null} when the code says it all
     * @param envelope what was read of the request, or {@code null} when nothing could be
     */
    public EnvelopeRefusal(SoapFaultCode code, String detail, RequestEnvelope envelope) {
        super(code.code() + " " + code.message() + (detail == null ? "" : ": " + detail));
        this.code = Objects.requireNonNull(code, "code");
        this.detail = detail;
        this.envelope = envelope;
    }

    public SoapFaultCode code() {
        return code;
    }

    /** What exactly was wrong, or {@code null}. */
    public String detail() {
        return detail;
    }

    /** What was read of the request, or {@code null}. */
    public RequestEnvelope envelope() {
        return envelope;
    }
}
