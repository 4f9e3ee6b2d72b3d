package org.cpis.store.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.jooq.Tables.MAILBOX;
import static org.cpis.store.testing.Fixtures.T0;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxConflictException;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class MailboxTableIT {

    private static final String FINGERPRINT = "0123456789abcdef".repeat(4);
    private static final Mailbox EXAMPLESHIRE = new Mailbox(MailboxId.of("X09OT001"), OdsCode.of("X09"),
            "Exampleshire County Council", Door.HTTP, true, T0, FINGERPRINT);
    private static final Mailbox SAMPLETON = new Mailbox(MailboxId.of("Y17OT001"), OdsCode.of("Y17"),
            "Sampleton Borough Council", Door.FOLDER, false, T0.plusSeconds(60), null);

    private final CpisDatabase database;
    private final MailboxTable mailboxes;

    MailboxTableIT(CpisDatabase database) {
        this.database = database;
        this.mailboxes = database.mailboxes();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-SC014: a registered mailbox is found by id and by LA, with every field as registered")
    void registeredMailboxIsFoundByIdAndLocalAuthority() {
        mailboxes.register(SAMPLETON, "sampleton-secret");
        mailboxes.register(EXAMPLESHIRE, "exampleshire-secret");

        assertThat(mailboxes.find(EXAMPLESHIRE.id())).contains(EXAMPLESHIRE);
        assertThat(mailboxes.find(SAMPLETON.id())).contains(SAMPLETON);
        assertThat(mailboxes.forLocalAuthority(OdsCode.of("X09"))).contains(EXAMPLESHIRE);
        assertThat(mailboxes.forLocalAuthority(OdsCode.of("Y17"))).as("disabled ones too").contains(SAMPLETON);
        assertThat(mailboxes.find(MailboxId.of("Z99OT001"))).isEmpty();
        assertThat(mailboxes.forLocalAuthority(OdsCode.of("Z99"))).isEmpty();
        assertThat(mailboxes.all()).containsExactly(EXAMPLESHIRE, SAMPLETON);
    }

    @Test
    @DisplayName("CP-SC014: a second mailbox with the same id, or for an LA that has one, is a conflict and changes nothing")
    void duplicateIdOrLocalAuthorityIsAConflict() {
        mailboxes.register(EXAMPLESHIRE, "exampleshire-secret");

        Mailbox sameId = new Mailbox(EXAMPLESHIRE.id(), OdsCode.of("Y17"), "Sampleton", Door.FOLDER, true, T0, null);
        assertThatThrownBy(() -> mailboxes.register(sameId, "other"))
                .isInstanceOf(MailboxConflictException.class)
                .hasMessage("mailbox X09OT001 is already registered");
        Mailbox sameLa = new Mailbox(MailboxId.of("X09OT002"), OdsCode.of("X09"), "Again", Door.FOLDER, true, T0, null);
        assertThatThrownBy(() -> mailboxes.register(sameLa, "other"))
                .isInstanceOf(MailboxConflictException.class)
                .hasMessage("Local Authority X09 already has a mailbox");

        assertThat(mailboxes.all()).containsExactly(EXAMPLESHIRE);
        assertThat(mailboxes.password(EXAMPLESHIRE.id())).contains("exampleshire-secret");
        assertThat(mailboxes.password(sameLa.id())).isEmpty();
    }

    @Test
    @DisplayName("CP-SC014: of two nodes registering the same LA at once exactly one succeeds")
    void concurrentRegistrationsOfOneLocalAuthorityGiveOneMailbox() throws Exception {
        Mailbox first = new Mailbox(MailboxId.of("X09OT001"), OdsCode.of("X09"), "One", Door.HTTP, true, T0, null);
        Mailbox second = new Mailbox(MailboxId.of("X09OT002"), OdsCode.of("X09"), "Two", Door.HTTP, true, T0, null);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Boolean>> attempts = List.of(first, second).stream()
                .map(m -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    try {
                        mailboxes.register(m, "pw");
                        return true;
                    } catch (MailboxConflictException e) {
                        return false;
                    }
                }))
                .toList();
        start.countDown();

        assertThat(attempts.stream().map(CompletableFuture::join).filter(won -> won).count()).isEqualTo(1);
        assertThat(database.dsl().fetchCount(MAILBOX)).isEqualTo(1);
    }

    @Test
    @DisplayName("CP-SC014: disabling and enabling a mailbox is kept; an unknown mailbox is reported")
    void enablingAndDisabling() {
        mailboxes.register(EXAMPLESHIRE, "exampleshire-secret");

        assertThat(mailboxes.setEnabled(EXAMPLESHIRE.id(), false)).isTrue();
        assertThat(mailboxes.find(EXAMPLESHIRE.id())).contains(EXAMPLESHIRE.withEnabled(false));
        assertThat(mailboxes.setEnabled(EXAMPLESHIRE.id(), true)).isTrue();
        assertThat(mailboxes.find(EXAMPLESHIRE.id())).contains(EXAMPLESHIRE);
        assertThat(mailboxes.setEnabled(MailboxId.of("Z99OT001"), false)).isFalse();
    }

    @Test
    void thePasswordIsKeptApartAndCanBeReplaced() {
        mailboxes.register(EXAMPLESHIRE, "first-secret");
        mailboxes.register(SAMPLETON, "sampleton-secret");

        assertThat(mailboxes.setPassword(EXAMPLESHIRE.id(), "second-secret")).isTrue();

        assertThat(mailboxes.password(EXAMPLESHIRE.id())).contains("second-secret");
        assertThat(mailboxes.password(SAMPLETON.id())).contains("sampleton-secret");
        assertThat(mailboxes.setPassword(MailboxId.of("Z99OT001"), "x")).isFalse();
        assertThat(mailboxes.password(MailboxId.of("Z99OT001"))).isEmpty();
        assertThat(database.dsl().selectFrom(MAILBOX).fetch().formatCSV())
                .as("nothing reading the mailbox table sees a password")
                .doesNotContain("second-secret").doesNotContain("sampleton-secret");
        assertThatThrownBy(() -> mailboxes.setPassword(EXAMPLESHIRE.id(), ""))
                .hasMessageContaining("needs a MESH password");
        assertThatThrownBy(() -> mailboxes.register(new Mailbox(MailboxId.of("Z99OT001"), OdsCode.of("Z99"), "Z",
                Door.HTTP, true, T0, null), null)).hasMessageContaining("needs a MESH password");
        assertThat(mailboxes.find(MailboxId.of("Z99OT001"))).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
