package org.cpis.sft.la.inbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.gateway.codec.notification.NotificationInteraction;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.gateway.codec.upload.ReceivedRecord;
import org.cpis.gateway.codec.xml.SecureXml;
import org.cpis.gateway.codec.xml.UnsafeXmlException;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.cpis.sft.la.Finding;
import org.cpis.sft.la.LaClientException;
import org.cpis.sft.la.LaCode;
import org.cpis.sft.la.check.CheckMessages;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.state.AtomicFiles;
import org.cpis.sft.la.state.ChildEntry;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.HeldRecord;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.NumberChange;
import org.cpis.sft.la.state.ReceivedEntry;
import org.cpis.sft.la.state.ReceivedEntry.MessageKind;
import org.cpis.sft.la.state.UploadFileEntry;
import org.cpis.sft.la.transport.InboxMessage;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cpis la inbox}: takes CP-IS's messages from the LA's inbox (CP-SC019) and makes them readable.
 * <ul>
 *   <li>Messages are told apart by MESH workflow id (the settings' ids; a message without one by its root
 *       element). Messages of other workflows are left in the mailbox for the applications they belong to.</li>
 *   <li>Each message is kept under the state folder's {@code received/}, recorded in the state, and only then
 *       acknowledged to the transport: a crash in between means it is downloaded again and recognised by its id.</li>
 *   <li>An acknowledgement updates its upload file's status and record outcomes ({@link AcknowledgementApplier}).</li>
 *   <li>An Inactive NHS Number Notification marks the old numbers inactive; with {@code updateNumbers} the new number
 *       is sent for the child from the next build on (CP-SC023, CP-SC024).</li>
 *   <li>A message that cannot be read is kept, listed as unreadable, and acknowledged so it does not block the
 *       inbox.</li>
 * </ul>
 * {@link #views} turns kept messages back into {@link MessageView}s for display.
 */
public final class InboxReader {

    private static final Logger LOG = LoggerFactory.getLogger(InboxReader.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ServiceCalendar.ZONE);

    private final LaSettings settings;
    private final Clock clock;
    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private final AccessToServiceNotificationCodec accesses = new AccessToServiceNotificationCodec();
    private final InactiveNhsNumberNotificationCodec inactive = new InactiveNhsNumberNotificationCodec();
    private final AcknowledgementApplier applier = new AcknowledgementApplier();

    public InboxReader(LaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public InboxResult collect(LaStateStore store, LaTransport transport, boolean updateNumbers) {
        List<ReceivedEntry> received = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int leftAlone = 0;
        List<InboxMessage> waiting;
        try {
            waiting = transport.inbox();
        } catch (TransportException e) {
            throw new LaClientException(e.code(), "cannot list the inbox: " + e.getMessage(), e);
        }
        for (InboxMessage m : waiting) {
            if (store.state().hasMessage(m.messageId())) {
                acknowledge(transport, m);
                continue;
            }
            if (m.report()) {
                if (!isOurs(store.state(), m)) {
                    leftAlone++;
                    continue;
                }
                ReceivedEntry entry = new ReceivedEntry(m.messageId(), MessageKind.TRANSPORT_REPORT, clock.instant(),
                        null, "MESH report about " + reportedFile(store.state(), m) + ": " + (m.reportStatus() == null
                        ? "no status" : m.reportStatus()));
                keep(store, transport, m, entry, received);
                continue;
            }
            Optional<MessageKind> byWorkflow = kindOfWorkflow(m.workflowId());
            if (m.workflowId() != null && byWorkflow.isEmpty()) {
                leftAlone++;
                continue;
            }
            byte[] body;
            try {
                body = transport.download(m.messageId());
            } catch (TransportException e) {
                if (e.wholeTransport()) {
                    throw new LaClientException(e.code(), "cannot download message " + m.messageId() + ": "
                            + e.getMessage(), e);
                }
                findings.add(Finding.problem(e.code(), null, "Message " + m.messageId()
                        + " could not be downloaded: " + e.getMessage() + "; it stays in the inbox"));
                continue;
            }
            MessageKind kind = byWorkflow.orElseGet(() -> kindOfRoot(body));
            String storedAs = storedName(m.messageId());
            try {
                AtomicFiles.write(store.received().resolve(storedAs), body);
            } catch (IOException e) {
                throw new LaClientException(LaCode.STATE_UNREADABLE, "cannot keep message " + m.messageId() + " in "
                        + store.received() + ": " + e.getMessage(), e);
            }
            ReceivedEntry entry = apply(store.state(), m.messageId(), kind, body, storedAs, updateNumbers, findings);
            keep(store, transport, m, entry, received);
        }
        return new InboxResult(received, findings, leftAlone);
    }

    private void keep(LaStateStore store, LaTransport transport, InboxMessage m, ReceivedEntry entry,
                      List<ReceivedEntry> received) {
        store.state().addMessage(entry);
        store.save();
        acknowledge(transport, m);
        received.add(entry);
        LOG.info("Received {} message {}", entry.kind(), m.messageId());
    }

    private static void acknowledge(LaTransport transport, InboxMessage m) {
        try {
            transport.acknowledge(m.messageId());
        } catch (TransportException e) {
            throw new LaClientException(e.code(), "message " + m.messageId() + " was kept but could not be"
                    + " acknowledged: " + e.getMessage() + "; it will be recognised and acknowledged next time", e);
        }
    }

    private ReceivedEntry apply(LaState state, String id, MessageKind kind, byte[] body, String storedAs,
                                boolean updateNumbers, List<Finding> findings) {
        Instant now = clock.instant();
        try {
            return switch (kind) {
                case ACKNOWLEDGEMENT -> {
                    ReceivedAcknowledgement ack = acknowledgements.decode(body);
                    Optional<UploadFileEntry> file = applier.apply(state, ack);
                    if (file.isEmpty()) {
                        findings.add(Finding.problem(LaCode.ACK_UNMATCHED, null, "An acknowledgement ("
                                + ack.fileOutcome() + ") names upload file sequence id " + ack.sequenceId()
                                + ", which this client did not send"
                                + ("-1".equals(ack.sequenceId()) ? ": CP-IS could not read a file's sequence id;"
                                + " check the files sent around " + SHOWN.format(ack.createdAt()) : "")));
                    }
                    file.ifPresent(f -> f.records().stream()
                            .filter(r -> r.outcome() != null && !r.outcome().isSuccess())
                            .forEach(r -> findings.add(Finding.note(LaCode.RECORD_REFUSED, r.localId(), "CP-IS refused"
                                    + " the record of " + (r.kind() == org.cpis.core.model.SubjectKind.UNBORN_CHILD
                                    ? "unborn child " : "child ") + r.localId() + " in " + f.name() + ": "
                                    + r.reason()))));
                    yield new ReceivedEntry(id, kind, now, storedAs, "Acknowledgement of "
                            + file.map(f -> "upload file " + f.name() + ": " + f.status().label())
                            .orElse("unknown upload file " + ack.sequenceId() + ": " + ack.fileOutcome()));
                }
                case ACCESS_TO_SERVICE -> {
                    AccessToServiceNotification n = accesses.decode(body);
                    int total = n.totalAccessRecords();
                    yield new ReceivedEntry(id, kind, now, storedAs, "Access to Service Notification of "
                            + SHOWN.format(n.createdAt()) + ": " + (total == 0 ? "no accesses"
                            : total + " access" + (total == 1 ? "" : "es") + " to " + n.children().size() + " child"
                            + (n.children().size() == 1 ? "" : "ren")));
                }
                case INACTIVE_NHS_NUMBER -> {
                    InactiveNhsNumberNotification n = inactive.decode(body);
                    int updated = 0;
                    for (InactiveSubject s : n.subjects()) {
                        state.addInactiveNumber(s.inactiveNhsNumber().value());
                        String localId = localIdFor(state, s.localChildId(), s.inactiveNhsNumber().value());
                        if (updateNumbers && s.replacement() != null && localId != null) {
                            state.putNumberChange(new NumberChange(localId, s.inactiveNhsNumber().value(),
                                    s.replacement().value(), now));
                            updated++;
                        }
                    }
                    yield new ReceivedEntry(id, kind, now, storedAs, "Inactive NHS Number Notification of "
                            + SHOWN.format(n.createdAt()) + ": " + n.subjects().size() + " number"
                            + (n.subjects().size() == 1 ? "" : "s") + (updateNumbers ? ", " + updated
                            + " replaced for the next build" : ""));
                }
                default -> {
                    findings.add(Finding.problem(LaCode.MESSAGE_UNREADABLE, null, "Message " + id
                            + " is not a CP-IS message this client knows; kept as received/" + storedAs));
                    yield new ReceivedEntry(id, MessageKind.UNREADABLE, now, storedAs, "not a CP-IS message");
                }
            };
        } catch (DecodeException e) {
            findings.add(Finding.problem(LaCode.MESSAGE_UNREADABLE, null, "Message " + id + " (" + kind
                    + ") cannot be read: " + e.getMessage() + "; kept as received/" + storedAs));
            return new ReceivedEntry(id, MessageKind.UNREADABLE, now, storedAs, kind + " that cannot be read: "
                    + e.getMessage());
        }
    }

    /** The local id of the child a notification names: as sent back, else the child holding the number. */
    private static String localIdFor(LaState state, String given, String nhsNumber) {
        if (given != null) {
            return given;
        }
        for (ChildEntry c : state.children()) {
            for (HeldRecord r : c.records()) {
                if (nhsNumber.equals(r.nhsNumber())) {
                    return c.localId();
                }
            }
        }
        return null;
    }

    /** The upload file a report names by its local id (the folder transport's name, or MESH's sequence id). */
    private static String reportedFile(LaState state, InboxMessage m) {
        if (m.localId() == null) {
            return "a file sent on the upload workflow";
        }
        return state.files().stream().filter(f -> f.name().equals(m.localId())).map(UploadFileEntry::name)
                .findFirst().or(() -> state.files().stream().filter(f -> f.sequenceId().equals(m.localId()))
                        .map(UploadFileEntry::name).findFirst())
                .orElse(m.localId());
    }

    private boolean isOurs(LaState state, InboxMessage m) {
        return settings.mesh().uploadWorkflowId().equals(m.workflowId())
                || m.localId() != null && state.files().stream()
                .anyMatch(f -> f.name().equals(m.localId()) || f.sequenceId().equals(m.localId()));
    }

    private Optional<MessageKind> kindOfWorkflow(String workflowId) {
        if (workflowId == null) {
            return Optional.empty();
        }
        if (workflowId.equals(settings.mesh().ackWorkflowId())) {
            return Optional.of(MessageKind.ACKNOWLEDGEMENT);
        }
        if (workflowId.equals(settings.mesh().accessWorkflowId())) {
            return Optional.of(MessageKind.ACCESS_TO_SERVICE);
        }
        if (workflowId.equals(settings.mesh().inactiveWorkflowId())) {
            return Optional.of(MessageKind.INACTIVE_NHS_NUMBER);
        }
        return Optional.empty();
    }

    /** For a message without workflow id: what its root element says it is. */
    private static MessageKind kindOfRoot(byte[] body) {
        String root = null;
        try {
            XMLStreamReader r = SecureXml.streamReader(new ByteArrayInputStream(body), XmlLimits.UPLOAD_FILE);
            while (r.hasNext() && root == null) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    root = r.getLocalName();
                }
            }
        } catch (XMLStreamException | UnsafeXmlException e) {
            return MessageKind.UNREADABLE;
        }
        if ("FileResponse".equals(root)) {
            return MessageKind.ACKNOWLEDGEMENT;
        }
        return NotificationInteraction.forRootElement(root == null ? "" : root)
                .map(n -> n == NotificationInteraction.ACCESS_TO_SERVICE ? MessageKind.ACCESS_TO_SERVICE
                        : MessageKind.INACTIVE_NHS_NUMBER)
                .orElse(MessageKind.UNREADABLE);
    }

    private static String storedName(String messageId) {
        return messageId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".xml";
    }

    /** The kept messages as people read them, most recent first. */
    public List<MessageView> views(LaStateStore store, List<ReceivedEntry> entries) {
        LaState state = store.state();
        Map<String, String> localIds = new HashMap<>();
        for (ChildEntry c : state.children()) {
            for (HeldRecord r : c.records()) {
                if (r.nhsNumber() != null) {
                    localIds.putIfAbsent(r.nhsNumber(), c.localId());
                }
            }
        }
        List<MessageView> views = new ArrayList<>();
        List<ReceivedEntry> newestFirst = new ArrayList<>(entries);
        newestFirst.sort(Comparator.comparing(ReceivedEntry::receivedAt).reversed());
        for (ReceivedEntry e : newestFirst) {
            views.add(view(store, state, localIds, e));
        }
        return views;
    }

    private MessageView view(LaStateStore store, LaState state, Map<String, String> localIds, ReceivedEntry e) {
        if (e.kind() == MessageKind.TRANSPORT_REPORT) {
            return new MessageView.TransportReport(e);
        }
        if (e.kind() == MessageKind.UNREADABLE || e.storedAs() == null) {
            return new MessageView.Unreadable(e);
        }
        byte[] body;
        try {
            body = Files.readAllBytes(store.received().resolve(e.storedAs()));
        } catch (IOException ex) {
            return new MessageView.Unreadable(new ReceivedEntry(e.messageId(), MessageKind.UNREADABLE, e.receivedAt(),
                    e.storedAs(), "kept copy received/" + e.storedAs() + " cannot be read: " + ex.getMessage()));
        }
        try {
            return switch (e.kind()) {
                case ACKNOWLEDGEMENT -> acknowledgement(state, e, acknowledgements.decode(body));
                case ACCESS_TO_SERVICE -> accessToService(localIds, e, accesses.decode(body));
                case INACTIVE_NHS_NUMBER -> inactiveNumbers(state, localIds, e, inactive.decode(body));
                default -> new MessageView.Unreadable(e);
            };
        } catch (DecodeException ex) {
            return new MessageView.Unreadable(e);
        }
    }

    private static MessageView acknowledgement(LaState state, ReceivedEntry e, ReceivedAcknowledgement ack) {
        Optional<UploadFileEntry> file = state.file(ack.sequenceId());
        Map<Integer, FileRecord> ours = new HashMap<>();
        file.ifPresent(f -> f.records().forEach(r -> ours.put(r.position(), r)));
        List<MessageView.RecordLine> lines = new ArrayList<>();
        for (ReceivedRecord r : ack.records()) {
            if (r.outcome() == RecordOutcome.CPR06) {
                continue;
            }
            FileRecord sent = ours.get(r.position());
            lines.add(new MessageView.RecordLine(r.position(),
                    r.localId() != null ? r.localId() : sent == null ? null : sent.localId(),
                    r.nhsNumber() != null ? r.nhsNumber() : sent == null ? null : sent.nhsNumber(),
                    r.outcome(), OutcomeWords.reason(r.outcome(), r.detail())));
        }
        return new MessageView.Acknowledgement(e, ack.sequenceId(), file.map(UploadFileEntry::name).orElse(null),
                ack.fileOutcome(), file.map(UploadFileEntry::status).orElse(null), ack.successfulCount(),
                ack.failedCount(), lines);
    }

    private static MessageView accessToService(Map<String, String> localIds, ReceivedEntry e,
                                               AccessToServiceNotification n) {
        List<MessageView.AccessLine> lines = new ArrayList<>();
        for (ChildAccesses child : n.children()) {
            String localId = child.localChildId() != null ? child.localChildId()
                    : localIds.get(child.nhsNumber().value());
            for (AccessEvent a : child.accesses()) {
                QueryAuthor author = a.author();
                lines.add(new MessageView.AccessLine(localId, child.nhsNumber().value(), author.displayName(),
                        role(author), author.organisation().name() + " (" + author.organisation().code().value() + ")",
                        a.queryTime(), child.uploadFileId()));
            }
        }
        lines.sort(Comparator.comparing(MessageView.AccessLine::when).reversed());
        return new MessageView.AccessToService(e, n.id(), n.createdAt(), lines);
    }

    private static String role(QueryAuthor author) {
        if (author instanceof QueryAuthor.Person p) {
            return p.roleName() != null && !p.roleName().isBlank() ? p.roleName() : p.role().value();
        }
        QueryAuthor.System s = (QueryAuthor.System) author;
        if (s.responsibleRoleName() != null && !s.responsibleRoleName().isBlank()) {
            return s.responsibleRoleName();
        }
        return s.responsibleRole() != null ? s.responsibleRole().value() : "system (ASID " + s.asid().value() + ")";
    }

    private static MessageView inactiveNumbers(LaState state, Map<String, String> localIds, ReceivedEntry e,
                                               InactiveNhsNumberNotification n) {
        List<MessageView.InactiveLine> lines = new ArrayList<>();
        for (InactiveSubject s : n.subjects()) {
            String old = s.inactiveNhsNumber().value();
            String localId = s.localChildId() != null ? s.localChildId() : localIds.get(old);
            String replacement = s.replacementIfKnown().map(NhsNumber::value).orElse(null);
            boolean updated = localId != null && replacement != null && state.numberChange(localId)
                    .filter(c -> c.oldNumber().equals(old) && c.newNumber().equals(replacement)).isPresent();
            lines.add(new MessageView.InactiveLine(localId, old, replacement, s.uploadFileId(), updated));
        }
        return new MessageView.InactiveNumbers(e, n.id(), n.createdAt(), lines);
    }

    /** The display form of an instant for people (CP-SC004): DD/MM/YYYY HH:MM:SS, UK time. */
    public static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
