package org.cpis.gateway.codec.response;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The Query Act Failed interaction (QUQI_IN010000UK14) between wire and {@link QueryActFailedMessage}: encoded
 * bare or inside Spine's outer {@code CP-ISNHSQueryResponse}, decoded from either form (schema validation in
 * one pass with the parse, then the {@code query-act-failed-decode} stylesheet). Thread-safe.
 */
public final class QueryActFailedCodec {

    private final SpineEnvelope envelope = new SpineEnvelope();
    private final XsltExecutable decode = Stylesheets.get("query-act-failed-decode");
    private final XsltExecutable encode = Stylesheets.get("query-act-failed-encode");

    public QueryActFailedMessage decode(byte[] wire) {
        SpineEnvelope.Carried carried = envelope.read(wire, QueryActFailedMessage.INTERACTION, "query-act-failed.xml");
        InternalReader in = InternalReader.of(Transforms.toTree(decode, carried.tree()));
        InternalReader ack = in.required("acknowledgement");
        return new QueryActFailedMessage(WrapperReading.header(in, carried.interactionPath()), ack.requiredText("typeCode"),
                HeaderMapping.uuid(ack.requiredText("messageRef")), AcknowledgementMapping.readDetails(ack),
                HeaderMapping.readControlAct(in.required("controlAct")), AcknowledgementMapping.readReasons(in),
                in.requiredText("queryResponseCode"));
    }

    /** The bare interaction. */
    public byte[] encode(QueryActFailedMessage message) {
        return Transforms.toBytes(encode, internal(message, false));
    }

    /** The interaction inside Spine's outer {@code CP-ISNHSQueryResponse}, as Spine puts it in the SOAP body. */
    public byte[] encodeEnvelope(QueryActFailedMessage message) {
        return Transforms.toBytes(encode, internal(message, true));
    }

    private static XdmNode internal(QueryActFailedMessage m, boolean spineEnvelope) {
        InternalWriter w = new InternalWriter("queryActFailed");
        w.leaf(SpineEnvelope.FLAG, spineEnvelope ? "true" : null);
        HeaderMapping.writeHeader(w, m.header());
        AcknowledgementMapping.writeAcknowledgement(w, m.acknowledgementTypeCode(), m.details(), m.acknowledgedMessageId());
        HeaderMapping.writeControlAct(w, m.controlAct());
        AcknowledgementMapping.writeReasons(w, m.reasons());
        w.leaf("queryResponseCode", m.queryResponseCode());
        return w.build();
    }
}
