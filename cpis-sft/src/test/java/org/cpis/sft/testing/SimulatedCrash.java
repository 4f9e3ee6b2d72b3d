package org.cpis.sft.testing;

/** The process dying at a checkpoint: an Error, so nothing on the way catches it as a processing failure. */
public final class SimulatedCrash extends Error {

    private static final long serialVersionUID = 1L;

    public SimulatedCrash(String where) {
        super("simulated crash " + where, null, false, false);
    }
}
