package org.cpis.gateway.codec.response;

import java.time.format.DateTimeParseException;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.TransmissionHeader;

/** Reads the transmission header of a decoded interaction, refusing a creationTime that is not a real time. */
final class WrapperReading {

    private WrapperReading() {
    }

    static TransmissionHeader header(InternalReader message, String interactionPath) {
        try {
            return HeaderMapping.readHeader(message.required("header"));
        } catch (DateTimeParseException e) {
            throw new DecodeException(Problem.at(ProblemCode.DATE, "'" + e.getParsedString() + "': " + e.getMessage(),
                    0, 0, interactionPath + "/creationTime"));
        }
    }
}
