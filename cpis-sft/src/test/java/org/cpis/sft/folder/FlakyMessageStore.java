package org.cpis.sft.folder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.exchange.MessageStore;
import org.cpis.core.testing.InMemoryMessageStore;

/** The in-memory message store, made to fail its next calls of {@code add} or {@code move}, as a database that is down. */
final class FlakyMessageStore implements MessageStore {

    final InMemoryMessageStore store = new InMemoryMessageStore();
    int failAdds;
    int failMoves;

    @Override
    public boolean add(ExchangeMessage message) {
        if (failAdds > 0) {
            failAdds--;
            throw new IllegalStateException("the database is down");
        }
        return store.add(message);
    }

    @Override
    public Optional<ExchangeMessage> find(String messageId) {
        return store.find(messageId);
    }

    @Override
    public boolean hasOnceKey(String onceKey) {
        return store.hasOnceKey(onceKey);
    }

    @Override
    public boolean move(String messageId, MessageState from, MessageState to, Instant at, String note) {
        if (failMoves > 0) {
            failMoves--;
            throw new IllegalStateException("the database is down");
        }
        return store.move(messageId, from, to, at, note);
    }

    @Override
    public void setBody(String messageId, long sizeBytes, String checksum) {
        store.setBody(messageId, sizeBytes, checksum);
    }

    @Override
    public boolean completeWithReply(String inboundId, MessageState inboundState, ExchangeMessage reply, Instant at,
                                     String note) {
        return store.completeWithReply(inboundId, inboundState, reply, at, note);
    }

    @Override
    public List<ExchangeMessage> inbox(MailboxId recipient, int limit) {
        return store.inbox(recipient, limit);
    }

    @Override
    public int inboxCount(MailboxId recipient) {
        return store.inboxCount(recipient);
    }

    @Override
    public List<ExchangeMessage> sentBy(MailboxId sender, int limit) {
        return store.sentBy(sender, limit);
    }

    @Override
    public List<ExchangeMessage> inState(MessageState state, int limit) {
        return store.inState(state, limit);
    }

    @Override
    public List<ExchangeMessage> expire(Instant readyBefore, Instant at) {
        return store.expire(readyBefore, at);
    }

    List<ExchangeMessage> all() {
        return store.all();
    }
}
