package org.cpis.gateway.soap.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;

/**
 * NHS Query requests as an NHS system sends them: the QUPC_IN000006GB01 interaction (written with the codec) in a
 * SOAP 1.1 envelope with WS-Addressing 2004/08 and hl7:communicationFunction header blocks.
 */
public final class QueryRequests {

    public static final String ACTION = "urn:nhs:names:services:cpisquery/QUPC_IN000006GB01";
    /** The ASID the requests address: CP-IS's. */
    public static final String CPIS_ASID = "928942012545";

    private static final NhsQueryCodec CODEC = new NhsQueryCodec();

    private QueryRequests() {
    }

    public static Request query(String nhsNumber, QueryAuthor author, String senderAsid) {
        return new Request(nhsNumber, author, senderAsid, UUID.randomUUID(), UUID.randomUUID(), Instant.now(), true);
    }

    /** One NHS Query, changeable before it is written. */
    public record Request(String nhsNumber, QueryAuthor author, String senderAsid, UUID messageId, UUID queryId,
                          Instant queryTime, boolean recordAccess) {

        public Request at(Instant time) {
            return new Request(nhsNumber, author, senderAsid, messageId, queryId, time, recordAccess);
        }

        public Request silentRead() {
            return new Request(nhsNumber, author, senderAsid, messageId, queryId, queryTime, false);
        }

        /** The wsa:MessageID: uuid: and the message id. */
        public String addressingId() {
            return "uuid:" + messageId.toString().toUpperCase(Locale.ROOT);
        }

        /** The QUPC_IN000006GB01 interaction, without an XML declaration. */
        public String interaction() {
            NhsQueryMessage message = new NhsQueryMessage(
                    TransmissionHeader.live(messageId, queryTime, NhsQueryMessage.INTERACTION, List.of(CPIS_ASID), senderAsid),
                    new ControlAct(List.of(senderAsid), null),
                    new NhsQuery(queryId, NhsNumber.of(nhsNumber), queryTime, author, recordAccess));
            return withoutDeclaration(new String(CODEC.encode(message), StandardCharsets.UTF_8));
        }

        /** The whole SOAP envelope, with this service's action. */
        public String envelope() {
            return QueryRequests.envelope(addressingId(), ACTION, senderAsid, interaction());
        }
    }

    /** A SOAP 1.1 envelope with the Spine header blocks around a body. */
    public static String envelope(String messageId, String action, String senderAsid, String body) {
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" xmlns:hl7=\"urn:hl7-org:v3\">"
                + "<SOAP-ENV:Header>"
                + (messageId == null ? "" : "<wsa:MessageID>" + messageId + "</wsa:MessageID>")
                + (action == null ? "" : "<wsa:Action>" + action + "</wsa:Action>")
                + "<wsa:To>https://cpis.example/cpisquery</wsa:To>"
                + "<wsa:From><wsa:Address>https://ed.example/client</wsa:Address></wsa:From>"
                + "<hl7:communicationFunctionRcv><hl7:device><hl7:id root=\"1.2.826.0.1285.0.2.0.107\" extension=\""
                + CPIS_ASID + "\"/></hl7:device></hl7:communicationFunctionRcv>"
                + "<hl7:communicationFunctionSnd><hl7:device><hl7:id root=\"1.2.826.0.1285.0.2.0.107\" extension=\""
                + senderAsid + "\"/></hl7:device></hl7:communicationFunctionSnd>"
                + "<wsa:ReplyTo><wsa:Address>https://ed.example/replies</wsa:Address></wsa:ReplyTo>"
                + "</SOAP-ENV:Header>"
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    public static String withoutDeclaration(String xml) {
        return xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
    }
}
