package org.cpis.gateway.codec.validate;

import java.util.List;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;
import org.cpis.gateway.codec.response.ApplicationAcknowledgementCodec;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.response.ApplicationAcknowledgementMessage;
import org.cpis.gateway.codec.response.QueryActFailedCodec;
import org.cpis.gateway.codec.response.QueryActFailedMessage;
import org.cpis.gateway.codec.response.QueryResponseCodec;
import org.cpis.gateway.codec.response.QueryResponseMessage;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * The validator with the business rules of every CP-IS message registered: what {@code cpis validate} uses.
 * Each message's rules are its decoder's: a message the decoder accepts is valid.
 */
public final class StandardRules {

    private static final String SPINE_RESPONSE_WRAPPER = "CP-ISNHSQueryResponse";

    private StandardRules() {
    }

    public static MessageValidator validator() {
        QueryResponseCodec response = new QueryResponseCodec();
        QueryActFailedCodec failed = new QueryActFailedCodec();
        return new MessageValidator(XmlLimits.MESSAGE)
                .withRules(NhsQueryMessage.INTERACTION, decodes(new NhsQueryCodec()::decode))
                .withRules(QueryResponseMessage.INTERACTION, decodes(response::decode))
                .withRules(QueryActFailedMessage.INTERACTION, decodes(failed::decode))
                .withRules(ApplicationAcknowledgementMessage.INTERACTION,
                        decodes(new ApplicationAcknowledgementCodec()::decode))
                .withRules("CP-ISAccessToServiceNotification", decodes(new AccessToServiceNotificationCodec()::decode))
                .withRules("CP-ISInactiveNHSNumberNotification",
                        decodes(new InactiveNhsNumberNotificationCodec()::decode))
                .withStreamingRules("File", new UploadRules()::check)
                .withRules("FileResponse", decodes(new AcknowledgementDecoder()::decode))
                .withRules(SPINE_RESPONSE_WRAPPER, (wire, tree) -> {
                    // Spine's outer wrapper holds a response or a failure; the bare payload has its schema only
                    String inner = firstChild(tree);
                    if (QueryResponseMessage.INTERACTION.equals(inner)) {
                        response.decode(wire);
                    } else if (QueryActFailedMessage.INTERACTION.equals(inner)) {
                        failed.decode(wire);
                    }
                    return List.of();
                });
    }

    private static MessageRules decodes(Consumer<byte[]> decoder) {
        return (wire, tree) -> {
            decoder.accept(wire);
            return List.of();
        };
    }

    private static String firstChild(XdmNode tree) {
        return tree.select(Steps.child().then(Steps.child()).where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT))
                .findFirst().map(n -> n.getNodeName().getLocalName()).orElse("");
    }
}
