package org.cpis.gateway.soap;

import javax.xml.namespace.QName;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every SOAP fault the endpoint sends Spine's shape ({@link SpineFaults}), whatever raised it: a refusal at
 * the door keeps its code; a fault CXF raised about the request becomes CPIS-S003; anything else (the database
 * down, a bug) becomes CPIS-S008 "system failure", logged here with its stack trace and never sent. Records what the
 * transmission log keeps of the fault.
 */
final class FaultShaper extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = LoggerFactory.getLogger(FaultShaper.class);

    FaultShaper() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        Exception exception = message.getContent(Exception.class);
        EnvelopeRefusal refusal = refusalIn(exception);
        SoapFaultCode code;
        String detail;
        if (refusal != null) {
            code = refusal.code();
            detail = refusal.detail();
            LOG.info("NHS Query request refused: {}", refusal.getMessage());
        } else if (exception instanceof Fault fault && isAboutTheRequest(fault.getFaultCode())) {
            code = SoapFaultCode.NOT_AN_ENVELOPE;
            detail = oneLine(fault.getMessage());
            LOG.info("NHS Query request refused by CXF: {}", detail);
        } else {
            code = SoapFaultCode.SYSTEM_FAILURE;
            detail = null;
            LOG.error("NHS Query failed; answered with {}", code.code(), exception);
        }
        message.setContent(Exception.class, SpineFaults.of(code, detail));
        RequestEnvelope request = message.getExchange().get(RequestEnvelope.class);
        message.getExchange().put(TransmissionRecorder.SentSummary.class,
                TransmissionRecorder.SentSummary.fault(request, code));
    }

    private static EnvelopeRefusal refusalIn(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof EnvelopeRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** SOAP 1.1 Client, MustUnderstand or VersionMismatch, or CXF's own "client" code. */
    private static boolean isAboutTheRequest(QName faultCode) {
        if (faultCode == null) {
            return false;
        }
        String local = faultCode.getLocalPart();
        return local.equalsIgnoreCase("Client") || local.equals("MustUnderstand") || local.equals("VersionMismatch");
    }

    private static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
