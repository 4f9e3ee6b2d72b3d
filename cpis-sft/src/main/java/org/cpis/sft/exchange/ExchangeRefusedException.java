package org.cpis.sft.exchange;

/** The post office refused a message; the door turns {@link #refusal()} into its own answer. */
public final class ExchangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ExchangeRefusal refusal;

    public ExchangeRefusedException(ExchangeRefusal refusal, String detail) {
        super(refusal.description() + (detail == null ? "" : ": " + detail));
        this.refusal = refusal;
    }

    public ExchangeRefusal refusal() {
        return refusal;
    }
}
