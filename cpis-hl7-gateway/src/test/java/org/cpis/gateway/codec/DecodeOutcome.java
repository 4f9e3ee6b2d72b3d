package org.cpis.gateway.codec;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a decoder made of a message, so that two decoders' answers can be compared whole: the value, or the
 * exception's class, message and (for a {@link DecodeException}) every problem with its line, column and path.
 */
public record DecodeOutcome(Object value, String exception, String message, List<Problem> problems) {

    public static DecodeOutcome of(Supplier<?> decoding) {
        try {
            return new DecodeOutcome(decoding.get(), null, null, List.of());
        } catch (DecodeException e) {
            return new DecodeOutcome(null, e.getClass().getName(), e.getMessage(), e.problems());
        } catch (RuntimeException e) {
            return new DecodeOutcome(null, e.getClass().getName(), e.getMessage(), List.of());
        }
    }

    public boolean decoded() {
        return exception == null;
    }
}
