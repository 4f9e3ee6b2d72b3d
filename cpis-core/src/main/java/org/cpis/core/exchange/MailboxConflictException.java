package org.cpis.core.exchange;

/** A mailbox id or a Local Authority that already has a mailbox. */
public final class MailboxConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailboxConflictException(String message) {
        super(message);
    }
}
