package org.cpis.gateway.codec.response;

import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Spine's outer {@code CP-ISNHSQueryResponse} element, which Spine puts around the REPC_IN000007GB01 or
 * QUQI_IN010000UK14 interaction in the SOAP body (not a DMS message; xsd/spine-query-response-envelope.xsd).
 * Reads a message that must carry one given interaction, bare or so wrapped.
 */
final class SpineEnvelope {

    static final String ELEMENT = "CP-ISNHSQueryResponse";
    /** The internal XML leaf that asks an encoding stylesheet for the wrapper. */
    static final String FLAG = "spineEnvelope";

    private final WireReader reader = new WireReader();

    /**
     * A schema-valid message and the path of its interaction element ({@code /QUQI_IN010000UK14} or
     * {@code /CP-ISNHSQueryResponse/QUQI_IN010000UK14}).
     */
    record Carried(XdmNode tree, String interactionPath) {
    }

    /** The schema-valid message carrying {@code interaction}, or a {@link DecodeException}. */
    Carried read(byte[] wire, String interaction, String systemId) {
        WireDocument doc = reader.read(wire, systemId, XmlLimits.MESSAGE);
        XdmNode tree = doc.validTree();
        String carried = carriedInteraction(tree);
        if (!interaction.equals(carried)) {
            throw new DecodeException(Problem.at(ProblemCode.WRONG_MESSAGE, "expected " + interaction + ", got "
                    + carried, 1, 1, "/"));
        }
        String root = firstElement(tree).orElseThrow().getNodeName().getLocalName();
        return new Carried(tree, root.equals(interaction) ? "/" + interaction : "/" + root + "/" + interaction);
    }

    /** The root's name, or for Spine's wrapper around an interaction, the wrapped interaction's name. */
    private static String carriedInteraction(XdmNode document) {
        XdmNode root = firstElement(document).orElseThrow();
        String name = root.getNodeName().getLocalName();
        if (ELEMENT.equals(name)) {
            return firstElement(root).map(c -> c.getNodeName().getLocalName())
                    .filter(c -> c.contains("_IN"))
                    .orElse(name);
        }
        return name;
    }

    private static Optional<XdmNode> firstElement(XdmNode parent) {
        return parent.select(Steps.child().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).findFirst();
    }
}
