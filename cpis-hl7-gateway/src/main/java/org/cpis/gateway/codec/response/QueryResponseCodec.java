package org.cpis.gateway.codec.response;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The NHS Query Response (REPC_IN000007GB01) between wire and {@link QueryResponseMessage}. Encoding: bare or
 * inside Spine's outer {@code CP-ISNHSQueryResponse}; only what may leave CP-IS is written (see
 * {@link QueryResponseWriter}). Decoding, from either form: hardened parse and schema validation in one pass,
 * {@code query-response-decode}, then the business rules of {@link QueryResponseReader}. Thread-safe.
 * <p>
 * Two encoders write the same message (docs/WIRE-FORMAT.md, "Fast paths"): by default the fast path, which writes
 * the wire straight from the domain with an {@code XMLStreamWriter}, unindented ({@link QueryResponseStreamWriter})
 * and is what the NHS Query endpoint answers with; and, from {@link #withStylesheets()}, the reference path of the
 * issue's design: internal XML, then the {@code query-response-encode} stylesheet, indented.
 */
public final class QueryResponseCodec {

    private final SpineEnvelope envelope = new SpineEnvelope();
    private final XsltExecutable decode = Stylesheets.get("query-response-decode");
    private final XsltExecutable encode = Stylesheets.get("query-response-encode");
    private final boolean stylesheets;

    /** The codec with the fast encoder. */
    public QueryResponseCodec() {
        this(false);
    }

    private QueryResponseCodec(boolean stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The reference codec: encoding through internal XML and the {@code query-response-encode} stylesheet. */
    public static QueryResponseCodec withStylesheets() {
        return new QueryResponseCodec(true);
    }

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
        return stylesheets ? Transforms.toBytes(encode, internal(message, false))
                : QueryResponseStreamWriter.write(message, false);
    }

    /** The interaction inside Spine's outer {@code CP-ISNHSQueryResponse}, as Spine puts it in the SOAP body. */
    public byte[] encodeEnvelope(QueryResponseMessage message) {
        return stylesheets ? Transforms.toBytes(encode, internal(message, true))
                : QueryResponseStreamWriter.write(message, true);
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
