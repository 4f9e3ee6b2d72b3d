package org.cpis.sft.mesh;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.cert.Certificate;
import java.util.UUID;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.security.transport.TLSSessionInfo;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.Mailbox;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one MESH API call: reads the version the caller accepts, authenticates the caller for the mailbox in the
 * path, checks the {@code mex-*} headers, runs the call, and logs it through the post office (CP-IS061, never
 * content). A refusal is answered in MESH's error shape for the caller's version; anything unexpected is a 500 with
 * a reference to the server's log, never a stack trace.
 */
final class MeshCalls {

    private static final Logger LOG = LoggerFactory.getLogger(MeshCalls.class);

    private final MeshAuthenticator authenticator;
    private final PostOffice postOffice;

    MeshCalls(MeshAuthenticator authenticator, PostOffice postOffice) {
        this.authenticator = authenticator;
        this.postOffice = postOffice;
    }

    /** What a call does once its caller is known. */
    @FunctionalInterface
    interface Action {
        Response answer(Caller caller);
    }

    /** The authenticated caller of a call, and whether the call logged itself (it moved a message). */
    static final class Caller {

        private final MeshVersion version;
        private final Mailbox mailbox;
        private final MexHeaders mex;
        private boolean logged;

        Caller(MeshVersion version, Mailbox mailbox, MexHeaders mex) {
            this.version = version;
            this.mailbox = mailbox;
            this.mex = mex;
        }

        MeshVersion version() {
            return version;
        }

        Mailbox mailbox() {
            return mailbox;
        }

        MexHeaders mex() {
            return mex;
        }

        /** The call logged what it did through the post office itself. */
        void logged() {
            logged = true;
        }
    }

    /** A call on a mailbox: {@code /messageexchange/{mailbox}/...}. */
    Response run(HttpHeaders headers, String pathMailbox, String what, Action action) {
        MeshVersion version = MeshVersion.V1;
        Mailbox mailbox = null;
        long size = requestSize(headers);
        try {
            version = MeshVersion.of(headers.getHeaderString(HttpHeaders.ACCEPT));
            mailbox = authenticator.authenticate(headers.getHeaderString(HttpHeaders.AUTHORIZATION), pathMailbox,
                    peerCertificates());
            Caller caller = new Caller(version, mailbox, MexHeaders.of(headers.getRequestHeaders()));
            Response answer = action.answer(caller);
            if (!caller.logged) {
                postOffice.logCall(Transmission.Direction.IN, mailbox.id().value(),
                        postOffice.serviceMailbox().value(), what, null, size, "OK");
            }
            return answer;
        } catch (MeshFailure failure) {
            String origin = mailbox != null ? mailbox.id().value() : pathMailbox;
            return refused(failure, version, origin, what, size);
        } catch (RuntimeException e) {
            return failed(e, version, what);
        }
    }

    /** A call on no mailbox (endpoint lookup): mutual TLS is its only gate. */
    Response runOpen(HttpHeaders headers, String what, java.util.function.Function<MeshVersion, Response> action) {
        MeshVersion version = MeshVersion.V1;
        long size = requestSize(headers);
        try {
            version = MeshVersion.of(headers.getHeaderString(HttpHeaders.ACCEPT));
            Response answer = action.apply(version);
            postOffice.logCall(Transmission.Direction.IN, null, postOffice.serviceMailbox().value(), what, null, size,
                    "OK");
            return answer;
        } catch (MeshFailure failure) {
            return refused(failure, version, null, what, size);
        } catch (RuntimeException e) {
            return failed(e, version, what);
        }
    }

    private Response refused(MeshFailure failure, MeshVersion version, String origin, String what, long size) {
        String reference = UUID.randomUUID().toString();
        LOG.info("{} from {} refused: {} ({})", what, origin, failure.getMessage(), reference);
        postOffice.logCall(Transmission.Direction.IN, origin, postOffice.serviceMailbox().value(), what,
                failure.messageId(), size, failure.problem().code());
        return MeshJson.answer(failure.problem().httpStatus(), version,
                MeshBodies.error(version, failure, reference));
    }

    private Response failed(RuntimeException e, MeshVersion version, String what) {
        String reference = UUID.randomUUID().toString();
        LOG.error("{} failed ({})", what, reference, e);
        MeshFailure failure = new MeshFailure(MeshProblem.INTERNAL_ERROR, "quote reference " + reference);
        return MeshJson.answer(500, version, MeshBodies.error(version, failure, reference));
    }

    private static long requestSize(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Math.max(0, Long.parseLong(length.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Certificate[] peerCertificates() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        TLSSessionInfo tls = message == null ? null : message.get(TLSSessionInfo.class);
        return tls == null ? null : tls.getPeerCertificates();
    }
}
