package org.cpis.sft.processing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.MessageStore;
import org.cpis.core.exchange.WorkLocks;
import org.cpis.core.port.Transactions;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadResult;
import org.cpis.core.upload.UploadService;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.StreamedUploadFile;
import org.cpis.gateway.codec.upload.UnreadableUploadException;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadHeader;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes the uploads Local Authorities sent (issue 5 section 3; CP-IS017-019, CP-IS023, CP-IS024, CP-IS065,
 * CP-IS066), each exactly once whatever fails (the argument, point by point, is in docs/exchange/PROCESSING.md):
 * <ol>
 *   <li>takes a waiting inbound message (RECEIVED, or PROCESSING left by a crash) under the work lock
 *       {@code upload:<message id>}, so two nodes never work on one message, and moves it to PROCESSING;</li>
 *   <li>streams its decrypted body through the upload decoder into the core's {@link UploadService}, which
 *       applies the file once per (LA, sequence id) in one transaction and answers a repeat with the original
 *       acknowledgement;</li>
 *   <li>answers through the {@link AcknowledgementOutbox}: the acknowledgement body is streamed into the sending
 *       mailbox's store, then the reply is added and the inbound message closed in one transaction, once.</li>
 * </ol>
 * Refused before any record is read, answered with a file-level CPF01 and REJECTED: a body that is not a readable
 * CP-IS upload (CPIS-E002; id -1 when its sequence id cannot be read), and a file naming another LA than the
 * mailbox's (CPIS-E001; audited as {@link AuditAction#UPLOAD_REFUSED}). A body our own storage cannot give back
 * (CPIS-E003) or any other failure (CPIS-E004) leaves the message waiting, to be tried again. Thread-safe.
 */
public final class UploadProcessor {

    /** How many waiting messages of each state one run takes at most. */
    public static final int DEFAULT_RUN_LIMIT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(UploadProcessor.class);

    private final PostOffice postOffice;
    private final MessageStore messages;
    private final WorkLocks locks;
    private final UploadService uploads;
    private final Transactions transactions;
    private final ProcessingCheckpoints checkpoints;
    private final UploadDecoder decoder;
    private final AcknowledgementOutbox outbox;
    private final UploadSenderPolicy senders = new UploadSenderPolicy();

    /**
     * @param transactions the stores' transactions, for the audit row of a refused upload
     * @param checkpoints  {@link ProcessingCheckpoints#NONE} in production
     */
    public UploadProcessor(PostOffice postOffice, WorkLocks locks, UploadService uploads, Transactions transactions,
                           UploadDecoder decoder, AcknowledgementEncoder encoder, ProcessingCheckpoints checkpoints) {
        this.postOffice = Objects.requireNonNull(postOffice, "postOffice");
        this.messages = postOffice.messages();
        this.locks = Objects.requireNonNull(locks, "locks");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.outbox = new AcknowledgementOutbox(postOffice, Objects.requireNonNull(encoder, "encoder"), checkpoints);
    }

    /** The lock name under which one message is processed. */
    public static String lockName(String messageId) {
        return "upload:" + messageId;
    }

    /**
     * Processes the inbound messages waiting for CP-IS: first those a crash left PROCESSING, then RECEIVED ones,
     * oldest first, at most {@code limit} of each. Messages another node is working on are skipped.
     */
    public ProcessingRun processWaiting(int limit) {
        List<ExchangeMessage> waiting = new ArrayList<>(messages.inState(MessageState.PROCESSING, limit));
        waiting.addAll(messages.inState(MessageState.RECEIVED, limit));
        List<ProcessingOutcome> outcomes = new ArrayList<>();
        for (ExchangeMessage m : waiting) {
            if (postOffice.serviceMailbox().equals(m.recipient())) {
                outcomes.add(process(m.messageId()));
            }
        }
        return new ProcessingRun(outcomes);
    }

    /** Processes one inbound message, if it is waiting and nobody else holds it. */
    public ProcessingOutcome process(String messageId) {
        Optional<WorkLocks.WorkLock> lock = locks.tryLock(lockName(messageId));
        if (lock.isEmpty()) {
            return ProcessingOutcome.skipped(messageId, ProcessingOutcome.Status.BUSY);
        }
        try (WorkLocks.WorkLock held = lock.get()) {
            Optional<ExchangeMessage> waiting = claim(messageId);
            if (waiting.isEmpty()) {
                return ProcessingOutcome.skipped(messageId, ProcessingOutcome.Status.NOT_WAITING);
            }
            return processClaimed(waiting.get());
        } catch (BodyUnreadableException e) {
            LOG.error("upload message {}: {}", messageId, ProcessingCode.BODY_UNREADABLE.describe(e.getMessage()));
            return ProcessingOutcome.failed(messageId, ProcessingCode.BODY_UNREADABLE.describe(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("upload message {}: {}", messageId, ProcessingCode.PROCESSING_FAILED.describe(e.toString()), e);
            return ProcessingOutcome.failed(messageId, ProcessingCode.PROCESSING_FAILED.describe(e.getMessage()));
        }
    }

    /** The message, now PROCESSING, if it waits for processing. */
    private Optional<ExchangeMessage> claim(String messageId) {
        Optional<ExchangeMessage> found = messages.find(messageId);
        if (found.isEmpty() || !found.get().state().awaitsProcessing()) {
            return Optional.empty();
        }
        ExchangeMessage m = found.get();
        if (m.state() == MessageState.RECEIVED) {
            messages.move(messageId, MessageState.RECEIVED, MessageState.PROCESSING, postOffice.clock().instant(), null);
            m = messages.find(messageId).orElse(m);
        }
        return m.state() == MessageState.PROCESSING ? Optional.of(m) : Optional.empty();
    }

    private ProcessingOutcome processClaimed(ExchangeMessage inbound) {
        Optional<Mailbox> sender = postOffice.mailboxes().find(inbound.sender());
        if (sender.isEmpty()) {
            String note = ProcessingCode.SENDER_UNKNOWN.describe("mailbox " + inbound.sender());
            messages.move(inbound.messageId(), MessageState.PROCESSING, MessageState.REJECTED,
                    postOffice.clock().instant(), note);
            LOG.error("upload message {}: {}", inbound.messageId(), note);
            return new ProcessingOutcome(inbound.messageId(), ProcessingOutcome.Status.REJECTED, null, null, false,
                    null, note);
        }
        checkpoints.reached(ProcessingCheckpoints.Point.BEFORE_DECODE, inbound.messageId());
        Answer answer = decodeAndApply(inbound, sender.get());
        checkpoints.reached(ProcessingCheckpoints.Point.AFTER_UPLOAD_COMMITTED, inbound.messageId());
        Optional<ExchangeMessage> reply = outbox.answer(inbound, sender.get(), answer.ack(), answer.inboundState(),
                answer.note());
        checkpoints.reached(ProcessingCheckpoints.Point.AFTER_COMPLETED, inbound.messageId());
        UploadAcknowledgement ack = answer.ack();
        ProcessingOutcome.Status status = reply.isEmpty() ? ProcessingOutcome.Status.ANSWERED_BEFORE
                : answer.inboundState() == MessageState.REJECTED ? ProcessingOutcome.Status.REJECTED
                : ProcessingOutcome.Status.PROCESSED;
        LOG.info("upload message {} from mailbox {}: file {} {}{}{}", inbound.messageId(), inbound.sender(),
                ack.sequenceId(), ack.fileOutcome(), answer.repeat() ? " (repeat of an applied file)" : "",
                reply.map(r -> ", acknowledgement " + r.messageId()).orElse(", answered before"));
        return new ProcessingOutcome(inbound.messageId(), status, ack.sequenceId(), ack.fileOutcome(),
                answer.repeat(), reply.map(ExchangeMessage::messageId).orElse(null), answer.note());
    }

    /** Reads the body and gives the answer: the core's acknowledgement, or a refusal's CPF01. */
    private Answer decodeAndApply(ExchangeMessage inbound, Mailbox sender) {
        try (BodyStream body = new BodyStream(new BufferedInputStream(postOffice.open(inbound), 1 << 16))) {
            UploadReader reader;
            try {
                reader = decoder.open(body);
            } catch (UnreadableUploadException e) {
                return unreadable(inbound, sender, body, e);
            }
            try (reader) {
                UploadHeader header = reader.header();
                if (senders.judge(header.sender(), sender) == UploadSenderPolicy.Verdict.ANOTHER_LA) {
                    return refuseSender(inbound, sender, header);
                }
                UploadResult result = uploads.process(StreamedUploadFile.of(reader, inbound.checksum(), problem ->
                        LOG.info("upload message {} file {} record {}: {}", inbound.messageId(), header.sequenceId(),
                                problem.position(), problem.problems().get(0).code())));
                return new Answer(addressed(result.acknowledgement(), sender), MessageState.PROCESSED, null,
                        result.repeat());
            } catch (UnreadableUploadException e) {
                return unreadable(inbound, sender, body, e);
            }
        } catch (IOException e) {
            throw new BodyUnreadableException(inbound.messageId() + ": " + e.getMessage(), e);
        }
    }

    private Answer unreadable(ExchangeMessage inbound, Mailbox sender, BodyStream body, UnreadableUploadException e) {
        if (body.failure() != null) {
            throw new BodyUnreadableException(inbound.messageId() + ": " + body.failure().getMessage(), body.failure());
        }
        String sequenceId = e.sequenceId().orElse(UploadAcknowledgement.UNKNOWN_SEQUENCE_ID);
        String note = ProcessingCode.NOT_AN_UPLOAD.describe(where(e));
        LOG.warn("upload message {} from mailbox {}: {}", inbound.messageId(), inbound.sender(),
                ProcessingCode.NOT_AN_UPLOAD.describe(e.code() + ", sequence id " + sequenceId));
        return new Answer(fileLevel(sequenceId, sender, FileProblem.UNREADABLE), MessageState.REJECTED, note, false);
    }

    private Answer refuseSender(ExchangeMessage inbound, Mailbox sender, UploadHeader header) {
        String named = header.sender().code().orElseThrow().value();
        String detail = "message " + inbound.messageId() + " file " + header.sequenceId() + " names " + named
                + " but came from mailbox " + sender.id() + " of " + sender.localAuthority().value()
                + "; nothing stored";
        Instant now = postOffice.clock().instant();
        transactions.inTransaction(s -> {
            s.auditTrail().append(new AuditEvent(now, AuditAction.UPLOAD_REFUSED, "la:" + sender.localAuthority().value(),
                    sender.localAuthority(), null, ProcessingCode.SENDER_NOT_NAMED_LA.describe(detail)));
            return null;
        });
        LOG.warn("upload message {}: {}", inbound.messageId(), ProcessingCode.SENDER_NOT_NAMED_LA.describe(detail));
        return new Answer(fileLevel(header.sequenceId(), sender, FileProblem.SENDER_NOT_NAMED_LA),
                MessageState.REJECTED, ProcessingCode.SENDER_NOT_NAMED_LA.describe(detail), false);
    }

    private UploadAcknowledgement fileLevel(String sequenceId, Mailbox sender, FileProblem problem) {
        return new UploadAcknowledgement(sequenceId == null || sequenceId.isBlank()
                ? UploadAcknowledgement.UNKNOWN_SEQUENCE_ID : sequenceId, mailboxLa(sender),
                postOffice.clock().instant(), problem.outcome(), problem, -1, List.of());
    }

    /**
     * The acknowledgement as it goes to the sending mailbox: to the LA the file named when that is the mailbox's
     * (with the numbers it sent), otherwise to the mailbox's LA (a file naming no valid LA code).
     */
    private static UploadAcknowledgement addressed(UploadAcknowledgement ack, Mailbox sender) {
        if (ack.recipient() != null && ack.recipient().code().filter(sender.localAuthority()::equals).isPresent()) {
            return ack;
        }
        return new UploadAcknowledgement(ack.sequenceId(), mailboxLa(sender), ack.createdAt(), ack.fileOutcome(),
                ack.problem(), ack.recordsProcessed(), ack.results());
    }

    private static UploadedLocalAuthority mailboxLa(Mailbox sender) {
        return new UploadedLocalAuthority(sender.localAuthority().value(), sender.name(), null, null);
    }

    /** The first problem's code and place, never its text (which may quote the file's content). */
    private static String where(UnreadableUploadException e) {
        var first = e.problems().get(0);
        return first.code() + (first.line() > 0 ? " at line " + first.line() + " column " + first.column() : "")
                + (first.path() == null || first.path().isBlank() ? "" : " (" + first.path() + ")");
    }

    /** What a message is answered with and the state it ends in. */
    private record Answer(UploadAcknowledgement ack, MessageState inboundState, String note, boolean repeat) {
    }

    /** The stored body could not be read back: not the LA's fault; the message waits for another try. */
    private static final class BodyUnreadableException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        BodyUnreadableException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
