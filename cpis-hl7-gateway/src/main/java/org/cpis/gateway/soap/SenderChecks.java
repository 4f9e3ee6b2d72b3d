package org.cpis.gateway.soap;

import java.util.ArrayList;
import java.util.List;
import org.cpis.core.access.SenderClaims;
import org.cpis.core.model.Asid;
import org.cpis.core.model.InvalidValueException;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.query.NhsQueryMessage;

/**
 * The systems an NHS Query names, checked before anyone asks whether they may ask: every ASID is 12 digits
 * (CPIS-C021), and the SOAP header's {@code hl7:communicationFunctionSnd/Rcv}, when sent, name the same systems as
 * the HL7 message (CPIS-C030). Only then are they claims the client certificate can bear out (CP-NHS018).
 */
final class SenderChecks {

    private static final String SENDER = "/QUPC_IN000006GB01/communicationFunctionSnd/device/id/@extension";
    private static final String RECEIVER = "/QUPC_IN000006GB01/communicationFunctionRcv/device/id/@extension";
    private static final String AUTHOR1 =
            "/QUPC_IN000006GB01/ControlActEvent/author1/AgentSystemSDS/agentSystemSDS/id/@extension";
    private static final String HEADER_SENDER = "SOAP Header/hl7:communicationFunctionSnd/device/id/@extension";
    private static final String HEADER_RECEIVER = "SOAP Header/hl7:communicationFunctionRcv/device/id/@extension";

    private SenderChecks() {
    }

    static List<Problem> problems(RequestEnvelope request, NhsQueryMessage message) {
        List<Problem> problems = new ArrayList<>();
        asid(message.header().senderAsid(), SENDER, problems);
        message.controlAct().authorAsids().forEach(a -> asid(a, AUTHOR1, problems));
        if (request.senderAsid() != null && !request.senderAsid().equals(message.header().senderAsid())) {
            problems.add(Problem.at(ProblemCode.HEADER_MISMATCH, "the SOAP header names sender " + request.senderAsid()
                    + ", the message " + message.header().senderAsid() + " (" + SENDER + ")", 0, 0, HEADER_SENDER));
        }
        if (request.receiverAsid() != null && !message.header().receiverAsids().contains(request.receiverAsid())) {
            problems.add(Problem.at(ProblemCode.HEADER_MISMATCH, "the SOAP header names receiver "
                    + request.receiverAsid() + ", the message " + String.join(", ", message.header().receiverAsids())
                    + " (" + RECEIVER + ")", 0, 0, HEADER_RECEIVER));
        }
        return problems;
    }

    /** The ASIDs the message claims; only for a message without {@link #problems}. */
    static SenderClaims claims(NhsQueryMessage message) {
        return SenderClaims.of(Asid.of(message.header().senderAsid()),
                message.controlAct().authorAsids().stream().map(Asid::of).toList(), message.query().author());
    }

    private static void asid(String value, String path, List<Problem> problems) {
        try {
            Asid.of(value);
        } catch (InvalidValueException e) {
            problems.add(Problem.at(ProblemCode.VALUE, "'" + value + "': " + e.getMessage(), 0, 0, path));
        }
    }
}
