package org.cpis.sft.la.transport.mesh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.cpis.sft.la.transport.TransportException;
import org.cpis.sft.mesh.client.MeshException;

/**
 * What a failed MESH call means for an LA administrator, as a {@link TransportException} with its code and whether it
 * stops every further call:
 * <ul>
 *   <li>HTTP 401 or 403: the mailbox's authentication was refused ({@link LaCode#MESH_AUTH_REFUSED}; whole
 *       transport) - the mailbox id, password, shared secret, this computer's clock, a mailbox switched off, or a
 *       certificate not registered for the mailbox;</li>
 *   <li>a TLS failure: {@link LaCode#MESH_TLS} (whole transport) - the server's certificate is not trusted, or the
 *       server refused the client certificate;</li>
 *   <li>MESH cannot be reached (refused connection, unknown host, time-out): {@link LaCode#TRANSPORT}, whole
 *       transport;</li>
 *   <li>any other refusal of a send: the file was refused ({@link LaCode#MESH_FILE_REFUSED}; that file only);</li>
 *   <li>anything else (a server error, a message gone from the inbox): {@link LaCode#TRANSPORT}, that call only.</li>
 * </ul>
 */
final class MeshFailures {

    private final URI server;
    private final String mailbox;

    MeshFailures(URI server, String mailbox) {
        this.server = server;
        this.mailbox = mailbox;
    }

    /**
     * @param call  what was being done, e.g. {@code "send CPIS_X09_00000001"} or {@code "list the inbox"}
     * @param send  whether the call sent a file (so that a refusal is about the file)
     */
    TransportException of(String call, boolean send, IOException failure) {
        if (failure instanceof MeshException refused) {
            return refused(call, send, refused);
        }
        SSLException tls = causeOf(failure, SSLException.class);
        if (tls != null) {
            return tls(call, tls);
        }
        if (causeOf(failure, ConnectException.class) != null || causeOf(failure, UnknownHostException.class) != null
                || causeOf(failure, UnresolvedAddressException.class) != null
                || causeOf(failure, HttpConnectTimeoutException.class) != null) {
            return new TransportException(LaCode.TRANSPORT, true, "cannot reach MESH at " + server + " to " + call + " ("
                    + describe(failure) + "): check " + LaSettingsFile.MESH_URL + " in the LA settings, that the"
                    + " server is running and that this computer may connect to it", failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new TransportException(LaCode.TRANSPORT, false, "MESH at " + server + " did not answer in time to "
                    + call + "; it is tried again next time", failure);
        }
        return new TransportException(LaCode.TRANSPORT, false, "MESH at " + server + " failed to " + call + " ("
                + describe(failure) + "); it is tried again next time", failure);
    }

    private TransportException refused(String call, boolean send, MeshException e) {
        String said = "HTTP " + e.httpStatus() + (e.meshCode() == null ? "" : ", MESH " + (e.meshEvent() == null ? ""
                : e.meshEvent() + " ") + e.meshCode()) + (e.description() == null ? "" : ": " + e.description());
        if (e.httpStatus() == 401 || e.httpStatus() == 403) {
            return new TransportException(LaCode.MESH_AUTH_REFUSED, true, "MESH at " + server + " refused mailbox "
                    + mailbox + " when asked to " + call + " (" + said + "): check " + LaSettingsFile.OWN_MAILBOX + ", "
                    + LaSettingsFile.MESH_PASSWORD + " and " + LaSettingsFile.MESH_SHARED_SECRET + " against what the"
                    + " operator gave, and this computer's clock; the operator can tell whether the mailbox is switched"
                    + " off or bound to another client certificate (" + LaSettingsFile.MESH_KEYSTORE + ")", e);
        }
        if (send && e.httpStatus() >= 400 && e.httpStatus() < 500) {
            return new TransportException(LaCode.MESH_FILE_REFUSED, false, "MESH refused to " + call + " (" + said
                    + "): check " + LaSettingsFile.CPIS_MAILBOX + " and " + LaSettingsFile.UPLOAD_WORKFLOW + " in the"
                    + " LA settings; the file is kept and sent again by the next send", e);
        }
        return new TransportException(LaCode.TRANSPORT, false, "MESH at " + server + " could not " + call + " ("
                + said + "); it is tried again next time", e);
    }

    private TransportException tls(String call, SSLException e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String why;
        if (text.contains("pkix") || text.contains("certification path") || text.contains("subject alternative")
                || text.contains("no name matching") || text.contains("certificate_unknown") && !text.contains("alert")) {
            why = "this client does not trust the server's certificate: set " + LaSettingsFile.MESH_TRUST_STORE
                    + " to the CA certificate the operator gave (for a CP-IS service: its pki/ca.pem), and make "
                    + LaSettingsFile.MESH_URL + " name the host its certificate was made for";
        } else if (text.contains("alert")) {
            why = "the server refused this client's certificate: set " + LaSettingsFile.MESH_KEYSTORE + " to the"
                    + " certificate issued for mailbox " + mailbox + " by a CA the server trusts";
        } else {
            why = "check " + LaSettingsFile.MESH_KEYSTORE + " (the client certificate issued for mailbox " + mailbox
                    + ") and " + LaSettingsFile.MESH_TRUST_STORE + " (the CA of the server's certificate)";
        }
        return new TransportException(LaCode.MESH_TLS, true, "the TLS connection to MESH at " + server + " failed"
                + " when asked to " + call + " (" + e.getMessage() + "): " + why, e);
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
