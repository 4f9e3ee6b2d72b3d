package org.cpis.gateway.codec.query;

import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * The NHS Query (QUPC_IN000006GB01) between wire and domain. Decoding: hardened parse and schema validation in
 * one pass, then the business rules the schema cannot express ({@link NhsQueryRules}: NHS number check digit,
 * real dates, contentId naming the template that follows, the job role's code system). Encoding: internal XML,
 * then {@code nhs-query-encode}. Thread-safe.
 * <p>
 * Two decoders give the same messages and the same problems (docs/WIRE-FORMAT.md, "Fast paths"): by default the
 * fast path, which reads the validated SAX events straight into fields ({@link NhsQueryEvents}) and is what the
 * NHS Query endpoint uses; and, from {@link #withStylesheets()}, the reference path of the design, which
 * builds a Saxon tree and runs the {@code nhs-query-decode} stylesheet to internal XML.
 */
public final class NhsQueryCodec {

    private static final String SYSTEM_ID = "nhs-query.xml";

    private final WireReader reader = new WireReader();
    private final boolean stylesheets;
    private final XsltExecutable decode = Stylesheets.get("nhs-query-decode");
    private final XsltExecutable encode = Stylesheets.get("nhs-query-encode");

    /** The codec with the fast decoder. */
    public NhsQueryCodec() {
        this(false);
    }

    private NhsQueryCodec(boolean stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** The reference codec: decoding through a Saxon tree and the {@code nhs-query-decode} stylesheet. */
    public static NhsQueryCodec withStylesheets() {
        return new NhsQueryCodec(true);
    }

    public NhsQueryMessage decode(byte[] wire) {
        return NhsQueryRules.message(stylesheets ? fieldsByStylesheet(wire) : fieldsByEvents(wire));
    }

    private NhsQueryFields fieldsByEvents(byte[] wire) {
        WireReader.Selection selected = reader.select(wire, XmlLimits.MESSAGE);
        if (!selected.found() || !NhsQueryMessage.INTERACTION.equals(selected.root().getLocalPart())) {
            return fieldsByStylesheet(wire); // not a query: that path refuses it, saying what it is or what is wrong
        }
        NhsQueryEvents events = new NhsQueryEvents();
        List<Problem> problems = reader.validate(wire, SYSTEM_ID, XmlLimits.MESSAGE, selected.schema(), events);
        if (!problems.isEmpty()) {
            throw new DecodeException(problems);
        }
        return events.fields();
    }

    private NhsQueryFields fieldsByStylesheet(byte[] wire) {
        WireDocument doc = reader.read(wire, SYSTEM_ID, XmlLimits.MESSAGE);
        if (doc.root() != null && doc.isValid() && !NhsQueryMessage.INTERACTION.equals(doc.root().getLocalPart())) {
            throw new DecodeException(Problem.at(ProblemCode.WRONG_MESSAGE, "expected " + NhsQueryMessage.INTERACTION
                    + ", got " + doc.root().getLocalPart(), 1, 1, "/"));
        }
        return NhsQueryFields.of(InternalReader.of(Transforms.toTree(decode, doc.validTree())));
    }

    public byte[] encode(NhsQueryMessage message) {
        InternalWriter w = new InternalWriter("nhsQuery");
        HeaderMapping.writeHeader(w, message.header());
        HeaderMapping.writeControlAct(w, message.controlAct());
        NhsQuery q = message.query();
        w.start("query")
                .leaf("id", HeaderMapping.wireUuid(q.queryId()))
                .leaf("effectiveTime", Hl7Time.format(q.queryTime()))
                .leaf("nhsNumber", q.nhsNumber().value())
                .leaf("accessEventType", q.recordAccess() ? null : "false");
        AuthorMapping.write(w, q.author());
        w.end();
        XdmNode internal = w.build();
        return Transforms.toBytes(encode, internal);
    }
}
