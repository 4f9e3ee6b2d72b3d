package org.cpis.store.exchange;

import static org.cpis.store.jooq.Tables.MAILBOX;
import static org.cpis.store.jooq.Tables.MAILBOX_PASSWORD;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxConflictException;
import org.cpis.core.exchange.MailboxDirectory;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.store.jooq.tables.records.MailboxRecord;
import org.jooq.DSLContext;

/**
 * The registered Local Authority mailboxes (CP-SC014) in {@code mailbox}, with their MESH passwords apart in
 * {@code mailbox_password} (a secret: only {@link #password} reads it). The primary key and the unique LA column
 * make "one mailbox per id, one per LA" hold however many nodes register at once. Each call is one statement or
 * one short transaction through the pool; nothing is cached, so disabling takes effect at the next lookup.
 */
public final class MailboxTable implements MailboxDirectory {

    private final DSLContext dsl;

    public MailboxTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    /**
     * Inserts the mailbox and its password in one transaction. A concurrent registration of the same id or LA
     * waits for the first to commit and then finds the conflict, so exactly one of them registers.
     */
    @Override
    public void register(Mailbox mailbox, String password) {
        Objects.requireNonNull(mailbox, "mailbox");
        requirePassword(password);
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            int inserted = tx.insertInto(MAILBOX).set(row(mailbox)).onConflictDoNothing().execute();
            if (inserted == 0) {
                throw conflict(tx, mailbox);
            }
            tx.insertInto(MAILBOX_PASSWORD)
                    .set(MAILBOX_PASSWORD.MAILBOX_ID, mailbox.id().value())
                    .set(MAILBOX_PASSWORD.MESH_PASSWORD, password)
                    .execute();
        });
    }

    @Override
    public Optional<Mailbox> find(MailboxId id) {
        return dsl.selectFrom(MAILBOX).where(MAILBOX.MAILBOX_ID.eq(id.value())).fetchOptional(MailboxTable::mailbox);
    }

    @Override
    public Optional<Mailbox> forLocalAuthority(OdsCode localAuthority) {
        return dsl.selectFrom(MAILBOX).where(MAILBOX.LA_ODS_CODE.eq(localAuthority.value()))
                .fetchOptional(MailboxTable::mailbox);
    }

    @Override
    public List<Mailbox> all() {
        return dsl.selectFrom(MAILBOX).orderBy(MAILBOX.MAILBOX_ID).fetch(MailboxTable::mailbox);
    }

    @Override
    public boolean setEnabled(MailboxId id, boolean enabled) {
        return dsl.update(MAILBOX).set(MAILBOX.ENABLED, enabled).where(MAILBOX.MAILBOX_ID.eq(id.value())).execute() == 1;
    }

    @Override
    public Optional<String> password(MailboxId id) {
        return dsl.select(MAILBOX_PASSWORD.MESH_PASSWORD).from(MAILBOX_PASSWORD)
                .where(MAILBOX_PASSWORD.MAILBOX_ID.eq(id.value()))
                .fetchOptional(MAILBOX_PASSWORD.MESH_PASSWORD);
    }

    /** Every mailbox has its password row ({@link #register} writes both), so this is one update. */
    @Override
    public boolean setPassword(MailboxId id, String password) {
        requirePassword(password);
        return dsl.update(MAILBOX_PASSWORD).set(MAILBOX_PASSWORD.MESH_PASSWORD, password)
                .where(MAILBOX_PASSWORD.MAILBOX_ID.eq(id.value())).execute() == 1;
    }

    private static void requirePassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a mailbox needs a MESH password");
        }
    }

    private static MailboxConflictException conflict(DSLContext tx, Mailbox mailbox) {
        boolean idTaken = tx.fetchExists(MAILBOX, MAILBOX.MAILBOX_ID.eq(mailbox.id().value()));
        return new MailboxConflictException(idTaken
                ? "mailbox " + mailbox.id() + " is already registered"
                : "Local Authority " + mailbox.localAuthority().value() + " already has a mailbox");
    }

    private static MailboxRecord row(Mailbox m) {
        return new MailboxRecord(m.id().value(), m.localAuthority().value(), m.name(), m.door().name(), m.enabled(),
                m.registeredAt(), m.certificateFingerprint());
    }

    private static Mailbox mailbox(MailboxRecord r) {
        return new Mailbox(new MailboxId(r.getMailboxId()), new OdsCode(r.getLaOdsCode()), r.getName(),
                Door.valueOf(r.getDoor()), r.getEnabled(), r.getRegisteredAt(), r.getCertificateFingerprint());
    }
}
