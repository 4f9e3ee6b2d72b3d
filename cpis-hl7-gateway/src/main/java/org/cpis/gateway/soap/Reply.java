package org.cpis.gateway.soap;

import java.util.Objects;
import java.util.UUID;

/**
 * CP-IS's answer to one NHS Query, ready to send: the interaction, the SOAP body (encoded), the reply's message id
 * (the HL7 id and, as {@code uuid:} + the same UUID, its wsa:MessageID), the parties, and the outcome the
 * transmission log keeps.
 *
 * @param outcome {@code OK} (a record), {@code NOT_FOUND}, or the code of the first problem or of the refusal,
 *                e.g. {@code CPIS-C003}, {@code CPIS-A005}
 */
public record Reply(String interaction, byte[] body, UUID messageId, ReplyParties parties, String outcome) {

    public static final String FOUND = "OK";
    public static final String NOT_FOUND = "NOT_FOUND";

    public Reply {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The wsa:Action of the reply, e.g. {@code urn:nhs:names:services:cpisquery/REPC_IN000007GB01}. */
    public String action() {
        return QueryServiceNames.actionOf(interaction);
    }

    /** The reply's wsa:MessageID: {@code uuid:} and the upper-case message id. */
    public String addressingMessageId() {
        return MessageIds.addressing(messageId);
    }
}
