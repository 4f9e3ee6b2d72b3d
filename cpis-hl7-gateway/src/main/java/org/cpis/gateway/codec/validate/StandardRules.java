package org.cpis.gateway.codec.validate;

import java.util.List;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;
import org.cpis.gateway.codec.xml.XmlLimits;

/** The validator with the business rules of every CP-IS message registered: what {@code cpis validate} uses. */
public final class StandardRules {

    private StandardRules() {
    }

    public static MessageValidator validator() {
        NhsQueryCodec query = new NhsQueryCodec();
        return new MessageValidator(XmlLimits.MESSAGE)
                .withRules(NhsQueryMessage.INTERACTION, wire -> {
                    query.decode(wire);
                    return List.of();
                });
    }
}
