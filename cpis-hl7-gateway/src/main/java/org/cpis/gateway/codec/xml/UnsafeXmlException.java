package org.cpis.gateway.codec.xml;

/**
 * An XML input CP-IS refuses to read, before looking at its content: a DOCTYPE, an external entity, or more
 * bytes, depth or attributes than {@link XmlLimits} allow. Carries a stable code.
 */
public final class UnsafeXmlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reasons, each with its stable code. */
    public enum Reason {
        DOCTYPE("CPIS-X001", "a DOCTYPE declaration is not allowed in CP-IS messages"),
        TOO_LARGE("CPIS-X002", "the document is larger than allowed"),
        TOO_DEEP("CPIS-X003", "elements are nested deeper than allowed"),
        TOO_MANY_ATTRIBUTES("CPIS-X004", "an element has more attributes than allowed"),
        EXTERNAL_REFERENCE("CPIS-X005", "the document refers to an external resource");

        private final String code;
        private final String message;

        Reason(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public UnsafeXmlException(Reason reason, String detail) {
        super(reason.code() + " " + reason.message() + (detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
