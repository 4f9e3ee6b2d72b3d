package org.cpis.gateway.codec.response;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The NHS Query Response (REPC_IN000007GB01) between wire and {@link QueryResponseMessage}. Encoding: the
 * {@code query-response-encode} stylesheet, bare or inside Spine's outer {@code CP-ISNHSQueryResponse}; only
 * what may leave CP-IS is written (see {@link QueryResponseWriter}). Decoding, from either form: hardened parse
 * and schema validation in one pass, {@code query-response-decode}, then the business rules of
 * {@link QueryResponseReader}. Thread-safe.
 */
public final class QueryResponseCodec {

    private final SpineEnvelope envelope = new SpineEnvelope();
    private final XsltExecutable decode = Stylesheets.get("query-response-decode");
    private final XsltExecutable encode = Stylesheets.get("query-response-encode");

    public QueryResponseMessage decode(byte[] wire) {
        SpineEnvelope.Carried carried = envelope.read(wire, QueryResponseMessage.INTERACTION, "query-response.xml");
        InternalReader in = InternalReader.of(Transforms.toTree(decode, carried.tree()));
        var header = WrapperReading.header(in, carried.interactionPath());
        var controlAct = HeaderMapping.readControlAct(in.required("controlAct"));
        QueryResponseReader.Payload payload = new QueryResponseReader().read(in);
        return new QueryResponseMessage(header, controlAct, payload.id(), payload.result());
    }

    /** The bare interaction. */
    public byte[] encode(QueryResponseMessage message) {
        return Transforms.toBytes(encode, internal(message, false));
    }

    /** The interaction inside Spine's outer {@code CP-ISNHSQueryResponse}, as Spine puts it in the SOAP body. */
    public byte[] encodeEnvelope(QueryResponseMessage message) {
        return Transforms.toBytes(encode, internal(message, true));
    }

    private static XdmNode internal(QueryResponseMessage m, boolean spineEnvelope) {
        InternalWriter w = new InternalWriter("queryResponse");
        w.leaf(SpineEnvelope.FLAG, spineEnvelope ? "true" : null);
        HeaderMapping.writeHeader(w, m.header());
        HeaderMapping.writeControlAct(w, m.controlAct());
        QueryResponseWriter.write(w, m.payloadId(), m.result());
        return w.build();
    }
}
