package org.cpis.core.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxConflictException;
import org.cpis.core.exchange.MailboxDirectory;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;

/** The mailbox directory, in memory. */
public final class InMemoryMailboxes implements MailboxDirectory {

    private final Map<MailboxId, Mailbox> mailboxes = new TreeMap<>();
    private final Map<MailboxId, String> passwords = new HashMap<>();

    @Override
    public synchronized void register(Mailbox mailbox, String password) {
        if (mailboxes.containsKey(mailbox.id())) {
            throw new MailboxConflictException("mailbox " + mailbox.id() + " is already registered");
        }
        if (forLocalAuthority(mailbox.localAuthority()).isPresent()) {
            throw new MailboxConflictException("Local Authority " + mailbox.localAuthority().value()
                    + " already has a mailbox");
        }
        mailboxes.put(mailbox.id(), mailbox);
        passwords.put(mailbox.id(), password);
    }

    @Override
    public synchronized Optional<Mailbox> find(MailboxId id) {
        return Optional.ofNullable(mailboxes.get(id));
    }

    @Override
    public synchronized Optional<Mailbox> forLocalAuthority(OdsCode localAuthority) {
        return mailboxes.values().stream().filter(m -> m.localAuthority().equals(localAuthority)).findFirst();
    }

    @Override
    public synchronized List<Mailbox> all() {
        return List.copyOf(mailboxes.values());
    }

    @Override
    public synchronized boolean setEnabled(MailboxId id, boolean enabled) {
        Mailbox m = mailboxes.get(id);
        if (m == null) {
            return false;
        }
        mailboxes.put(id, m.withEnabled(enabled));
        return true;
    }

    @Override
    public synchronized Optional<String> password(MailboxId id) {
        return Optional.ofNullable(passwords.get(id));
    }

    @Override
    public synchronized boolean setPassword(MailboxId id, String password) {
        if (!mailboxes.containsKey(id)) {
            return false;
        }
        passwords.put(id, password);
        return true;
    }
}
