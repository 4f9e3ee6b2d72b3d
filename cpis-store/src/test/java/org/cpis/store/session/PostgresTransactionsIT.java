package org.cpis.store.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.EXAMPLESHIRE;
import static org.cpis.store.testing.Fixtures.NURSE;
import static org.cpis.store.testing.Fixtures.T0;
import static org.cpis.store.testing.Fixtures.access;
import static org.cpis.store.testing.Fixtures.childEntry;
import static org.cpis.store.testing.Fixtures.plan;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.port.StoreSession;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class PostgresTransactionsIT {

    private static final OdsCode X09 = EXAMPLESHIRE.code();
    private static final LocalAuthorityEntry ENTRY = childEntry(CHILD, EXAMPLESHIRE, "41",
            plan(PlanType.CPP, "2024-01-10T09:15", null, null));
    private static final AuditEvent STORED = new AuditEvent(T0, AuditAction.RECORD_STORED, "la:X09", X09, CHILD, "stored");
    private static final AccessEvent ACCESS = access(1, CHILD, T0, NURSE);
    private static final LedgerEntry FILE = new LedgerEntry(X09, "41", "sha256:41", T0,
            new UploadAcknowledgement("41", null, T0, FileOutcome.CPF02, null, 0, List.of()));

    private final CpisDatabase database;

    PostgresTransactionsIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    void workCommitsTogetherAndItsResultIsReturned() {
        String result = inTransaction(s -> {
            writeEverything(s);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(storedRecord().entries()).containsExactly(ENTRY);
        assertThat(storedFile()).contains(FILE);
        assertThat(storedAccesses()).containsExactly(ACCESS);
        assertThat(auditVerification().entriesChecked()).isEqualTo(1);
    }

    @Test
    void anExceptionRollsBackRecordsAuditLedgerAndAccessesTogetherAndPropagatesUnchanged() {
        IllegalStateException failure = new IllegalStateException("the use case failed after writing");

        assertThatThrownBy(() -> inTransaction(s -> {
            writeEverything(s);
            throw failure;
        })).isSameAs(failure);

        assertThat(storedRecord().isEmpty()).isTrue();
        assertThat(storedFile()).isEmpty();
        assertThat(storedAccesses()).isEmpty();
        AuditVerification audit = auditVerification();
        assertThat(audit.isIntact()).isTrue();
        assertThat(audit.entriesChecked()).isZero();
    }

    @Test
    void aTransactionInsideAnotherIsRefusedAndTheOuterOneRollsBack() {
        assertThatThrownBy(() -> inTransaction(outer -> {
            outer.records().replace(ENTRY);
            return inTransaction(inner -> inner.records().find(CHILD));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside another transaction");

        assertThat(storedRecord().isEmpty()).isTrue();
        String later = inTransaction(s -> "a later transaction on the same thread runs");
        assertThat(later).isNotNull();
    }

    @Test
    void theStoresOfASessionShareOneTransactionThatOthersSeeOnlyWhenCommitted() {
        ChildRecord seenOutside = inTransaction(s -> {
            s.records().replace(ENTRY);
            assertThat(s.records().find(CHILD).entries()).containsExactly(ENTRY);
            return CompletableFuture.supplyAsync(this::storedRecord).join();
        });

        assertThat(seenOutside.isEmpty()).isTrue();
        assertThat(storedRecord().entries()).containsExactly(ENTRY);
    }

    private static void writeEverything(StoreSession s) {
        s.records().replace(ENTRY);
        s.accessLog().record(ACCESS);
        s.fileLedger().record(FILE);
        s.auditTrail().append(STORED);
    }

    private ChildRecord storedRecord() {
        return inTransaction(s -> s.records().find(CHILD));
    }

    private List<AccessEvent> storedAccesses() {
        return inTransaction(s -> s.accessLog().history(CHILD));
    }

    private Optional<LedgerEntry> storedFile() {
        return inTransaction(s -> s.fileLedger().find(X09, "41"));
    }

    private AuditVerification auditVerification() {
        return inTransaction(s -> s.auditTrail().verify());
    }

    private <T> T inTransaction(Function<StoreSession, T> work) {
        return database.transactions().inTransaction(work);
    }
}
