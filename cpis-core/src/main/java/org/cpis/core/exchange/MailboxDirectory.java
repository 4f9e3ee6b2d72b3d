package org.cpis.core.exchange;

import java.util.List;
import java.util.Optional;
import org.cpis.core.model.OdsCode;

/** The registered Local Authority mailboxes (CP-SC014). Each call is atomic on its own. */
public interface MailboxDirectory {

    /**
     * Registers a mailbox with its MESH password. Throws {@link MailboxConflictException} when the mailbox id or the
     * LA already has one.
     */
    void register(Mailbox mailbox, String password);

    Optional<Mailbox> find(MailboxId id);

    /** The mailbox of this LA, enabled or not. */
    Optional<Mailbox> forLocalAuthority(OdsCode localAuthority);

    /** Every mailbox, ordered by id. */
    List<Mailbox> all();

    /** Switches a mailbox on or off; returns false when there is no such mailbox. */
    boolean setEnabled(MailboxId id, boolean enabled);

    /** The MESH password of the mailbox (the HMAC of the authorisation token is computed over it). */
    Optional<String> password(MailboxId id);

    /** Replaces the mailbox password; returns false when there is no such mailbox. */
    boolean setPassword(MailboxId id, String password);
}
