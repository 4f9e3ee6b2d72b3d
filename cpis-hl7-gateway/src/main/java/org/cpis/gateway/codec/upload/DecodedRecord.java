package org.cpis.gateway.codec.upload;

/**
 * One record of an upload as the streaming reader decoded it: either a {@link GoodRecord}, or a
 * {@link RecordProblem} that says what is wrong with it and carries whatever could be read of it.
 */
public sealed interface DecodedRecord permits GoodRecord, RecordProblem {

    /** 1-based position of the record in its file. */
    int position();
}
