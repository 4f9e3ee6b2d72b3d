package org.cpis.gateway.codec.validate;

import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.cpis.gateway.codec.Problem;

/**
 * The business rules of one kind of CP-IS message, beyond its schema: given a schema-valid message, every
 * problem found. Implementations decode the message with its codec and report what the codec refused.
 */
@FunctionalInterface
public interface MessageRules {

    /**
     * @param schemaValidMessage the message's bytes
     * @param tree               the same message already parsed (to look at it without parsing again)
     */
    List<Problem> check(byte[] schemaValidMessage, XdmNode tree);
}
