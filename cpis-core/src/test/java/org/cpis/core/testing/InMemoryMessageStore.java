package org.cpis.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.MessageStore;

/** The message store, in memory, with the same once-only guarantees as the database's unique keys. */
public final class InMemoryMessageStore implements MessageStore {

    private final Map<String, ExchangeMessage> messages = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(ExchangeMessage message) {
        if (messages.containsKey(message.messageId())
                || (message.onceKey() != null && hasOnceKey(message.onceKey()))) {
            return false;
        }
        messages.put(message.messageId(), message);
        return true;
    }

    @Override
    public synchronized Optional<ExchangeMessage> find(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public synchronized boolean hasOnceKey(String onceKey) {
        return messages.values().stream().anyMatch(m -> onceKey.equals(m.onceKey()));
    }

    @Override
    public synchronized boolean move(String messageId, MessageState from, MessageState to, Instant at, String note) {
        ExchangeMessage m = messages.get(messageId);
        if (m == null || m.state() != from) {
            return false;
        }
        messages.put(messageId, m.inState(to, at, note));
        return true;
    }

    @Override
    public synchronized void setBody(String messageId, long sizeBytes, String checksum) {
        ExchangeMessage m = messages.get(messageId);
        if (m != null) {
            messages.put(messageId, m.withBody(sizeBytes, checksum));
        }
    }

    @Override
    public synchronized boolean completeWithReply(String inboundId, MessageState inboundState, ExchangeMessage reply,
                                                  Instant at, String note) {
        boolean added = add(reply);
        ExchangeMessage inbound = messages.get(inboundId);
        if (inbound != null && inbound.state().awaitsProcessing()) {
            messages.put(inboundId, inbound.inState(inboundState, at, note));
        }
        return added;
    }

    @Override
    public synchronized List<ExchangeMessage> inbox(MailboxId recipient, int limit) {
        return messages.values().stream()
                .filter(m -> m.recipient().equals(recipient) && m.state() == MessageState.READY)
                .sorted(Comparator.comparing(ExchangeMessage::createdAt))
                .limit(limit).toList();
    }

    @Override
    public synchronized int inboxCount(MailboxId recipient) {
        return (int) messages.values().stream()
                .filter(m -> m.recipient().equals(recipient) && m.state() == MessageState.READY).count();
    }

    @Override
    public synchronized List<ExchangeMessage> sentBy(MailboxId sender, int limit) {
        return messages.values().stream().filter(m -> m.sender().equals(sender))
                .sorted(Comparator.comparing(ExchangeMessage::createdAt).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized List<ExchangeMessage> inState(MessageState state, int limit) {
        return messages.values().stream().filter(m -> m.state() == state)
                .sorted(Comparator.comparing(ExchangeMessage::createdAt))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<ExchangeMessage> expire(Instant readyBefore, Instant at) {
        List<ExchangeMessage> expired = new ArrayList<>();
        for (ExchangeMessage m : List.copyOf(messages.values())) {
            if (m.state() == MessageState.READY && m.createdAt().isBefore(readyBefore)) {
                ExchangeMessage e = m.inState(MessageState.EXPIRED, at, "not collected by the Local Authority");
                messages.put(m.messageId(), e);
                expired.add(e);
            }
        }
        return expired;
    }

    /** Every message, in the order added. */
    public synchronized List<ExchangeMessage> all() {
        return List.copyOf(messages.values());
    }
}
