package org.cpis.sft.la.send;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.state.FileStatus;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.SendAttempt;
import org.cpis.sft.la.state.UploadFileEntry;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.OutboundMessage;
import org.cpis.sft.la.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cpis la send}: sends every upload file that is due ({@link ResubmissionPolicy}), oldest first, through the
 * LA's transport, and records each sending at once (a crash after a sending but before its record only means the
 * file goes once more, which CP-IS answers with the same acknowledgement). Files with a validation failure are never
 * sent. With sending switched off (CP-SC014) nothing is sent. A file the transport refuses is reported and the others
 * are still sent; a failure of the whole transport (credentials refused, TLS failing, MESH unreachable) stops the send
 * with its code, keeping what was sent before it.
 */
public final class UploadSender {

    public static final String SUBJECT = "CP-IS Local Authority Upload";

    private static final Logger LOG = LoggerFactory.getLogger(UploadSender.class);

    private final LaSettings settings;
    private final Clock clock;
    private final ResubmissionPolicy resubmission;

    public UploadSender(LaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.resubmission = new ResubmissionPolicy(settings.resubmitAfter());
    }

    /** The files due now, oldest first. */
    public List<UploadFileEntry> due(LaStateStore store) {
        Instant now = clock.instant();
        return store.state().files().stream().filter(f -> resubmission.isDue(f, now)).toList();
    }

    public SendReport send(LaStateStore store, LaTransport transport) {
        List<UploadFileEntry> due = due(store);
        if (!settings.sendingEnabled()) {
            return new SendReport(List.of(), List.of(), List.of(), true, due.size());
        }
        List<String> sent = new ArrayList<>();
        List<String> resent = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (UploadFileEntry file : due) {
            Path path = store.uploads().resolve(file.fileName());
            byte[] body;
            try {
                body = Files.readAllBytes(path);
            } catch (IOException e) {
                failures.add(file.name() + ": its upload file " + path + " cannot be read (" + e.getMessage()
                        + "); restore it from a backup of the state folder");
                continue;
            }
            String tracking;
            try {
                tracking = transport.send(new OutboundMessage(file.name(), file.sequenceId(), file.fileName(),
                        settings.mesh().uploadWorkflowId(), settings.mesh().ownMailbox(), settings.mesh().cpisMailbox(),
                        SUBJECT, body));
            } catch (TransportException e) {
                LOG.warn("Sending {} failed: {}", file.name(), e.describe());
                if (e.wholeTransport()) {
                    throw new LaClientException(e.code(), "cannot send " + file.name() + ": " + e.getMessage()
                            + (sent.size() + resent.size() == 0 ? "" : " (sent before it: "
                            + String.join(", ", concat(sent, resent)) + ")"), e);
                }
                failures.add(file.name() + ": " + e.describe());
                continue;
            }
            boolean again = file.status() != FileStatus.CREATED;
            store.state().replaceFile(file.sent(new SendAttempt(clock.instant(), tracking)));
            store.save();
            (again ? resent : sent).add(file.name());
            LOG.info("{} upload file {} (sequence id {})", again ? "Resent" : "Sent", file.name(), file.sequenceId());
        }
        return new SendReport(sent, resent, failures, false, 0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Refuses a send when sending is switched off; {@code send} itself reports rather than fails. */
    public void requireEnabled() {
        if (!settings.sendingEnabled()) {
            throw new LaClientException(LaCode.SENDING_OFF, "sending is switched off (sending.enabled=false in the LA"
                    + " settings, CP-SC014): switch it on to send; files wait with status 'created'");
        }
    }
}
