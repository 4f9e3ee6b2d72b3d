package org.cpis.sft.la.transport.mesh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpis.sft.la.settings.MeshAddresses;
import org.cpis.sft.la.settings.MeshApiSettings;
import org.cpis.sft.la.transport.InboxMessage;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.OutboundMessage;
import org.cpis.sft.la.transport.TransportException;
import org.cpis.sft.mesh.client.MeshClient;
import org.cpis.sft.mesh.client.MeshException;
import org.cpis.sft.mesh.client.MeshMessageInfo;
import org.cpis.sft.mesh.client.MeshOutgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LA's mailbox through the MESH API ({@code transport=mesh-api}): the CP-IS service's MESH door, or NHS MESH, over
 * HTTPS with the mailbox's client certificate, through {@link MeshClient}.
 * <ul>
 *   <li>The first call of a command validates the mailbox with a handshake (MESH asks for one a day; one per run is
 *       what MESH clients do), so refused credentials are told once and plainly.</li>
 *   <li>{@link #send}: to CP-IS's mailbox, the upload workflow id, the file's sequence id as {@code mex-LocalID} and
 *       its name as {@code mex-FileName}, in chunks above the chunk size, gzip-compressed when set; the tracking id is
 *       the MESH message id.</li>
 *   <li>{@link #inbox}: lists the inbox and reads each message's headers (HEAD), so that the client can leave other
 *       applications' workflows in the mailbox without downloading them; a MESH report ({@code mex-MessageType:
 *       REPORT}) is listed as a report.</li>
 *   <li>{@link #download} follows chunks; {@link #acknowledge} is called by the inbox logic only once the message is
 *       kept and applied locally.</li>
 * </ul>
 * Failures are {@link TransportException}s with CPIS-L codes ({@link MeshFailures}).
 */
public final class MeshTransport implements LaTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MeshTransport.class);

    private final MeshClient mesh;
    private final MeshFailures failures;
    private boolean handshaken;

    MeshTransport(MeshClient mesh, MeshFailures failures) {
        this.mesh = mesh;
        this.failures = failures;
    }

    /** The transport for the LA's settings: its MESH address, mailbox, credentials and TLS keys. */
    public static MeshTransport of(MeshAddresses addresses, MeshApiSettings settings, Clock clock) {
        MeshClient client = MeshClient.builder(settings.baseUrl(), addresses.ownMailbox(), settings.password(),
                        settings.sharedSecret())
                .sslContext(MeshTls.context(settings))
                .chunkBytes(settings.chunkBytes())
                .gzip(settings.compress())
                .clock(clock)
                .clientVersion("cpis-la-client==1.0")
                .build();
        return new MeshTransport(client, new MeshFailures(settings.baseUrl(), addresses.ownMailbox()));
    }

    private synchronized void handshake() {
        if (handshaken) {
            return;
        }
        try {
            mesh.handshake();
        } catch (IOException e) {
            throw failures.of("validate the mailbox (handshake)", false, e);
        }
        handshaken = true;
    }

    @Override
    public String send(OutboundMessage message) {
        handshake();
        MeshOutgoing outgoing = MeshOutgoing.to(message.to(), message.workflowId())
                .withLocalId(message.sequenceId()).withFileName(message.fileName());
        if (message.subject() != null) {
            outgoing = outgoing.withSubject(message.subject());
        }
        String id;
        try {
            id = mesh.send(outgoing, new ByteArrayInputStream(message.body()), message.body().length);
        } catch (IOException e) {
            throw failures.of("send " + message.localId(), true, e);
        }
        LOG.info("Sent {} through MESH as message {}", message.localId(), id);
        return id;
    }

    @Override
    public List<InboxMessage> inbox() {
        handshake();
        List<String> ids;
        try {
            ids = mesh.inbox();
        } catch (IOException e) {
            throw failures.of("list the inbox", false, e);
        }
        List<InboxMessage> messages = new ArrayList<>();
        for (String id : ids) {
            MeshMessageInfo info;
            try {
                info = mesh.head(id);
            } catch (MeshException e) {
                if (e.httpStatus() == 404 || e.httpStatus() == 410) {
                    LOG.debug("Message {} left the inbox before it was read", id);
                    continue;
                }
                throw failures.of("read the headers of message " + id, false, e);
            } catch (IOException e) {
                throw failures.of("read the headers of message " + id, false, e);
            }
            boolean report = "REPORT".equals(upper(info.messageType()));
            messages.add(new InboxMessage(id, info.workflowId(), info.localId(), info.subject(), report,
                    report ? status(info) : null));
        }
        return messages;
    }

    private static String status(MeshMessageInfo info) {
        String code = info.statusCode();
        String description = info.header("mex-StatusDescription");
        if (code == null) {
            return description;
        }
        return code + (description == null ? "" : " " + description);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    @Override
    public byte[] download(String messageId) {
        handshake();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            mesh.download(messageId, body);
        } catch (IOException e) {
            throw failures.of("download message " + messageId, false, e);
        }
        return body.toByteArray();
    }

    @Override
    public void acknowledge(String messageId) {
        handshake();
        try {
            mesh.acknowledge(messageId);
        } catch (IOException e) {
            throw failures.of("acknowledge message " + messageId, false, e);
        }
    }
}
