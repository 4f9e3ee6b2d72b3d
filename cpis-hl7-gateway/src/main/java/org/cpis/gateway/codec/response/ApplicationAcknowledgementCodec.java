package org.cpis.gateway.codec.response;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The Application Acknowledgement interaction (MCCI_IN010000UK13) between wire and
 * {@link ApplicationAcknowledgementMessage}: the {@code application-acknowledgement-encode} and
 * {@code -decode} stylesheets, with schema validation in one pass with the parse. Thread-safe.
 */
public final class ApplicationAcknowledgementCodec {

    private final SpineEnvelope envelope = new SpineEnvelope();
    private final XsltExecutable decode = Stylesheets.get("application-acknowledgement-decode");
    private final XsltExecutable encode = Stylesheets.get("application-acknowledgement-encode");

    public ApplicationAcknowledgementMessage decode(byte[] wire) {
        SpineEnvelope.Carried carried = envelope.read(wire, ApplicationAcknowledgementMessage.INTERACTION,
                "application-acknowledgement.xml");
        InternalReader in = InternalReader.of(Transforms.toTree(decode, carried.tree()));
        InternalReader ack = in.required("acknowledgement");
        ControlAct controlAct = in.child("controlAct").map(HeaderMapping::readControlAct).orElse(null);
        return new ApplicationAcknowledgementMessage(WrapperReading.header(in, carried.interactionPath()),
                ack.requiredText("typeCode"), HeaderMapping.uuid(ack.requiredText("messageRef")),
                AcknowledgementMapping.readDetails(ack), controlAct, AcknowledgementMapping.readReasons(in));
    }

    public byte[] encode(ApplicationAcknowledgementMessage m) {
        InternalWriter w = new InternalWriter("applicationAcknowledgement");
        HeaderMapping.writeHeader(w, m.header());
        AcknowledgementMapping.writeAcknowledgement(w, m.typeCode(), m.details(), m.acknowledgedMessageId());
        if (m.controlAct() != null) {
            HeaderMapping.writeControlAct(w, m.controlAct());
            AcknowledgementMapping.writeReasons(w, m.reasons());
        }
        XdmNode internal = w.build();
        return Transforms.toBytes(encode, internal);
    }
}
