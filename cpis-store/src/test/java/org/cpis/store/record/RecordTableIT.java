package org.cpis.store.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.store.jooq.Tables.LA_ENTRY_PLAN;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.CHILD_BIRTH_DATE;
import static org.cpis.store.testing.Fixtures.EXAMPLESHIRE;
import static org.cpis.store.testing.Fixtures.MOTHER;
import static org.cpis.store.testing.Fixtures.SAMPLETON;
import static org.cpis.store.testing.Fixtures.SISTER;
import static org.cpis.store.testing.Fixtures.T0;
import static org.cpis.store.testing.Fixtures.UNKNOWN;
import static org.cpis.store.testing.Fixtures.childEntry;
import static org.cpis.store.testing.Fixtures.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.port.StoreSession;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.Fixtures;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class RecordTableIT {

    private static final Plan CPP = plan(PlanType.CPP, "2024-01-10T09:15", null, null);
    private static final Plan LAC = plan(PlanType.LAC, "2024-02-01T00:00", "2025-01-31T17:45", null);
    private static final Plan UCPP = plan(PlanType.UCPP, "2024-06-01T10:00", "2024-12-24T00:00", "2026-01-01T00:00");

    private final CpisDatabase database;

    RecordTableIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    @Test
    @DisplayName("CP-IS020: a later upload from the same LA replaces its whole entry, dropping a plan it no longer sends")
    void sameLocalAuthorityReplacesItsWholeEntry() {
        LocalAuthorityEntry first = childEntry(CHILD, EXAMPLESHIRE, "41", CPP, LAC);
        LocalAuthority newContacts = new LocalAuthority(EXAMPLESHIRE.code(), "Exampleshire Council",
                TelephoneNumber.of("01632960999"), null);
        LocalAuthorityEntry second = new LocalAuthorityEntry(CHILD, newContacts, "NEW-ID", SubjectKind.CHILD,
                CHILD_BIRTH_DATE, List.of(CPP.withEnd(Fixtures.at("2025-02-02T12:00"))), "42", T0.plusSeconds(3600));

        Optional<LocalAuthorityEntry> replacedByFirst = inTransaction(s -> s.records().replace(first));
        Optional<LocalAuthorityEntry> replacedBySecond = inTransaction(s -> s.records().replace(second));

        assertThat(replacedByFirst).isEmpty();
        assertThat(replacedBySecond).contains(first);

        assertThat(inTransaction(s -> s.records().find(CHILD)).entries()).containsExactly(second);
    }

    @Test
    @DisplayName("CP-IS021, CP-IS034: entries of several LAs for one child are kept; one LA's replace leaves the other's untouched")
    void anotherLocalAuthoritysEntryIsUntouched() {
        LocalAuthorityEntry fromSampleton = childEntry(CHILD, SAMPLETON, "7", LAC);
        inTransaction(s -> s.records().replace(childEntry(CHILD, EXAMPLESHIRE, "41", CPP, LAC)));
        inTransaction(s -> s.records().replace(fromSampleton));

        LocalAuthorityEntry replaced = childEntry(CHILD, EXAMPLESHIRE, "42", CPP);
        inTransaction(s -> s.records().replace(replaced));

        assertThat(inTransaction(s -> s.records().find(CHILD)).entries()).containsExactly(replaced, fromSampleton);
    }

    @Test
    @DisplayName("CP-IS035: one entry holds a CPP, a LAC and a UCPP at once, with their dates to the minute")
    void entryHoldsEveryPlanTypeAtOnce() {
        LocalAuthorityEntry entry = childEntry(CHILD, EXAMPLESHIRE, "41", UCPP, CPP, LAC);

        inTransaction(s -> s.records().replace(entry));

        LocalAuthorityEntry stored = inTransaction(s -> s.records().find(CHILD)).entryOf(EXAMPLESHIRE.code()).orElseThrow();
        assertThat(stored).isEqualTo(entry);
        assertThat(stored.plans()).extracting(Plan::type).containsExactly(PlanType.UCPP, PlanType.CPP, PlanType.LAC);
    }

    @Test
    void unbornChildEntryHeldAgainstTheMotherKeepsItsMissingValues() {
        LocalAuthorityEntry unborn = new LocalAuthorityEntry(MOTHER, SAMPLETON, null, SubjectKind.UNBORN_CHILD, null,
                List.of(UCPP), "9", T0);

        inTransaction(s -> s.records().replace(unborn));

        assertThat(inTransaction(s -> s.records().find(MOTHER)).entries()).containsExactly(unborn);
    }

    @Test
    void nothingHeldIsAnEmptyRecord() {
        assertThat(inTransaction(s -> s.records().find(UNKNOWN)).isEmpty()).isTrue();
    }

    @Test
    void findAllReadsTheRecordsOfSeveralNumbersLeavingOutThoseWithNothingHeld() {
        LocalAuthorityEntry childX = childEntry(CHILD, EXAMPLESHIRE, "41", CPP);
        LocalAuthorityEntry childY = childEntry(CHILD, SAMPLETON, "7", LAC);
        LocalAuthorityEntry sister = childEntry(SISTER, EXAMPLESHIRE, "41", CPP, LAC);
        inTransaction(s -> List.of(childX, childY, sister).stream().map(s.records()::replace).toList());

        Map<NhsNumber, ChildRecord> records = inTransaction(s -> s.records().findAll(List.of(CHILD, SISTER, UNKNOWN)));
        Map<NhsNumber, ChildRecord> none = inTransaction(s -> s.records().findAll(List.of()));

        assertThat(records).containsOnlyKeys(CHILD, SISTER);
        assertThat(records.get(CHILD).entries()).containsExactly(childX, childY);
        assertThat(records.get(SISTER).entries()).containsExactly(sister);
        assertThat(none).isEmpty();
    }

    @Test
    void removeTakesOutOneLocalAuthoritysEntryOnly() {
        LocalAuthorityEntry fromSampleton = childEntry(CHILD, SAMPLETON, "7", LAC);
        inTransaction(s -> s.records().replace(childEntry(CHILD, EXAMPLESHIRE, "41", CPP, LAC)));
        inTransaction(s -> s.records().replace(fromSampleton));

        boolean removed = inTransaction(s -> s.records().remove(CHILD, EXAMPLESHIRE.code()));
        boolean removedAgain = inTransaction(s -> s.records().remove(CHILD, EXAMPLESHIRE.code()));

        assertThat(removed).isTrue();
        assertThat(removedAgain).isFalse();

        assertThat(inTransaction(s -> s.records().find(CHILD)).entries()).containsExactly(fromSampleton);
        assertThat(database.dsl().fetchCount(LA_ENTRY_PLAN)).isEqualTo(1);
    }

    @Test
    void forEachEntryVisitsEveryEntryInNhsNumberOrder() {
        // 600 joined rows: more than one fetch of the cursor
        List<LocalAuthorityEntry> stored = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            stored.add(childEntry(Fixtures.nhsNumber(i), EXAMPLESHIRE, "41", CPP, LAC));
            stored.add(childEntry(Fixtures.nhsNumber(i), SAMPLETON, "7", UCPP));
        }
        inTransaction(s -> stored.stream().map(s.records()::replace).toList());

        List<LocalAuthorityEntry> visited = new ArrayList<>();
        inTransaction(s -> {
            s.records().forEachEntry(visited::add);
            return null;
        });

        stored.sort(Comparator.comparing(LocalAuthorityEntry::nhsNumber).thenComparing(LocalAuthorityEntry::localAuthorityCode));
        assertThat(visited).containsExactlyElementsOf(stored);
    }

    @Test
    void aVisitorMayRemoveEntriesWhileTheCursorIsOpen() {
        for (int i = 0; i < 20; i++) {
            LocalAuthorityEntry entry = childEntry(Fixtures.nhsNumber(i), i % 2 == 0 ? EXAMPLESHIRE : SAMPLETON, "1", CPP);
            inTransaction(s -> s.records().replace(entry));
        }
        OdsCode purged = EXAMPLESHIRE.code();

        inTransaction(s -> {
            s.records().forEachEntry(e -> {
                if (e.localAuthorityCode().equals(purged)) {
                    s.records().remove(e.nhsNumber(), purged);
                }
            });
            return null;
        });

        List<NhsNumber> numbers = IntStream.range(0, 20).mapToObj(Fixtures::nhsNumber).toList();
        Map<NhsNumber, ChildRecord> left = inTransaction(s -> s.records().findAll(numbers));
        assertThat(left.values()).hasSize(10).allSatisfy(r ->
                assertThat(r.entries()).extracting(LocalAuthorityEntry::localAuthorityCode).containsExactly(SAMPLETON.code()));
    }

    private <T> T inTransaction(Function<StoreSession, T> work) {
        return database.transactions().inTransaction(work);
    }
}
