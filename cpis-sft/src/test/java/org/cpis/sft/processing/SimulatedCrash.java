package org.cpis.sft.processing;

/** The process dying at a checkpoint: an Error, so nothing on the way catches it as a processing failure. */
final class SimulatedCrash extends Error {

    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
        super("simulated crash " + where, null, false, false);
    }
}
