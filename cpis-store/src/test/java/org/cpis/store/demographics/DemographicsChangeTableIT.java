package org.cpis.store.demographics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cpis.store.jooq.Tables.DEMOGRAPHICS_CHANGE;
import static org.cpis.store.testing.Fixtures.CHILD;
import static org.cpis.store.testing.Fixtures.COUSIN;
import static org.cpis.store.testing.Fixtures.MOTHER;
import static org.cpis.store.testing.Fixtures.NEIGHBOUR;
import static org.cpis.store.testing.Fixtures.SISTER;
import static org.cpis.store.testing.Fixtures.T0;
import static org.cpis.store.testing.Fixtures.UNKNOWN;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cpis.core.exchange.DemographicsChange;
import org.cpis.core.exchange.DemographicsChange.Kind;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.testing.MutableClock;
import org.cpis.store.CpisDatabase;
import org.cpis.store.csv.CsvLoadException;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class DemographicsChangeTableIT {

    private static final String PEOPLE = """
            nhs_number,birth_date,given_name,family_name
            9990000018,2015-03-01,Amy,Smith
            9990000050,2016-01-01,Eve,Evans
            9990000069,2016-01-01,Eve,Evans
            """;

    private final CpisDatabase database;
    private final DemographicsChangeTable changes;
    private final DemographicsTable demographics;
    private final MutableClock clock = new MutableClock(T0);

    DemographicsChangeTableIT(CpisDatabase database) {
        this.database = database;
        this.changes = database.demographicsChanges();
        this.demographics = database.demographics();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
        new DemographicsCsv(demographics).load(new StringReader(PEOPLE), "people.csv");
    }

    @Test
    @DisplayName("CP-IS012: a recorded change is pending and marks the old number superseded in demographics at once")
    void aChangeIsRecordedAndMarksTheNumberSuperseded() {
        DemographicsChange change = changes.record(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0);

        assertThat(change).isEqualTo(new DemographicsChange(change.id(), COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0));
        assertThat(changes.pending(10)).containsExactly(change);
        assertThat(demographics.lookup(COUSIN).orElseThrow().supersededBy()).isEqualTo(NEIGHBOUR);
        assertThat(demographics.lookup(NEIGHBOUR).orElseThrow().isSuperseded()).isFalse();
    }

    @Test
    @DisplayName("CP-IS012: the same change recorded again is the first one; nothing changes, not even demographics")
    void theSameChangeIsRecordedOnce() {
        DemographicsChange first = changes.record(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0);
        new DemographicsCsv(demographics).load(new StringReader(PEOPLE), "people.csv");

        DemographicsChange again = changes.record(COUSIN, NEIGHBOUR, Kind.MERGED, T0.plusSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(database.dsl().fetchCount(DEMOGRAPHICS_CHANGE)).isEqualTo(1);
        assertThat(demographics.lookup(COUSIN).orElseThrow().isSuperseded())
                .as("the reload cleared it and the repeat did not set it again").isFalse();
    }

    @Test
    @DisplayName("CP-IS012: a change with no known replacement is recorded once and leaves demographics alone")
    void aChangeWithoutReplacementIsRecordedOnce() {
        DemographicsChange unknown = changes.record(COUSIN, null, Kind.MERGED, T0);
        DemographicsChange again = changes.record(COUSIN, null, Kind.MERGED, T0.plusSeconds(1));
        DemographicsChange known = changes.record(COUSIN, NEIGHBOUR, Kind.MERGED, T0.plusSeconds(2));

        assertThat(again).isEqualTo(unknown);
        assertThat(unknown.replacement()).isNull();
        assertThat(known.id()).isGreaterThan(unknown.id());
        assertThat(changes.pending(10)).containsExactly(unknown, known);
        assertThat(demographics.lookup(COUSIN).orElseThrow().supersededBy()).as("set by the known one only")
                .isEqualTo(NEIGHBOUR);
    }

    @Test
    void aNumberDemographicsDoesNotHoldIsRecordedButNotAddedToDemographics() {
        DemographicsChange change = changes.record(UNKNOWN, MOTHER, Kind.SUPERSEDED, T0);

        assertThat(changes.pending(10)).containsExactly(change);
        assertThat(demographics.lookup(UNKNOWN)).isEmpty();
        assertThatThrownBy(() -> changes.record(CHILD, CHILD, Kind.SUPERSEDED, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot replace itself");
        assertThat(changes.pending(10)).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS012: of several nodes recording one change at once, one row is written and all get it")
    void concurrentRecordingsOfOneChangeWriteOneRow() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<DemographicsChange> recorded = new ArrayList<>();
        try {
            List<Future<DemographicsChange>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Instant at = T0.plusSeconds(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    return changes.record(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, at);
                }));
            }
            start.countDown();
            for (Future<DemographicsChange> f : futures) {
                recorded.add(f.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(recorded).containsOnly(recorded.get(0));
        assertThat(database.dsl().fetchCount(DEMOGRAPHICS_CHANGE)).isEqualTo(1);
    }

    @Test
    @DisplayName("CP-IS012: pending lists unnotified changes lowest id first; marking them notified takes them off")
    void pendingAndMarkNotified() {
        DemographicsChange a = changes.record(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0);
        DemographicsChange b = changes.record(CHILD, SISTER, Kind.MERGED, T0.plusSeconds(1));
        DemographicsChange c = changes.record(UNKNOWN, null, Kind.MERGED, T0.plusSeconds(2));

        assertThat(changes.pending(2)).containsExactly(a, b);

        changes.markNotified(List.of(a.id(), c.id()), T0.plusSeconds(60));
        changes.markNotified(List.of(a.id()), T0.plusSeconds(120));
        changes.markNotified(List.of(), T0.plusSeconds(180));

        assertThat(changes.pending(10)).containsExactly(b);
        assertThat(notifiedAt(a)).as("the first time is kept").isEqualTo(T0.plusSeconds(60));
        assertThat(notifiedAt(c)).isEqualTo(T0.plusSeconds(60));
        assertThat(notifiedAt(b)).isNull();
        assertThat(changes.record(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0.plusSeconds(300)))
                .as("a notified change is not recorded afresh").isEqualTo(a);
        assertThat(changes.pending(10)).containsExactly(b);
    }

    @Test
    @DisplayName("CP-IS012: the sample change file loads; loading it again records nothing new")
    void theSampleChangeFileLoadsOnce() {
        DemographicsChangeCsv csv = new DemographicsChangeCsv(changes, clock);

        DemographicsChangeCsv.Loaded first = csv.load(Path.of("../docs/samples/demographics-changes.csv"));
        clock.advance(Duration.ofHours(1));
        DemographicsChangeCsv.Loaded second = csv.load(Path.of("../docs/samples/demographics-changes.csv"));

        assertThat(first).isEqualTo(new DemographicsChangeCsv.Loaded(3, 3));
        assertThat(second).isEqualTo(new DemographicsChangeCsv.Loaded(3, 0));
        assertThat(changes.pending(10)).extracting(DemographicsChange::inactive, DemographicsChange::replacement,
                        DemographicsChange::kind, DemographicsChange::recordedAt)
                .containsExactly(
                        tuple(COUSIN, NEIGHBOUR, Kind.SUPERSEDED, T0),
                        tuple(UNKNOWN, NhsNumber.of("9990000085"), Kind.MERGED, T0),
                        tuple(NhsNumber.of("9990000093"), null, Kind.SUPERSEDED, T0));
        assertThat(demographics.lookup(COUSIN).orElseThrow().supersededBy()).isEqualTo(NEIGHBOUR);
    }

    @Test
    void kindsAreReadInAnyCaseAndRepeatedLinesCountOnce() {
        DemographicsChangeCsv.Loaded loaded = new DemographicsChangeCsv(changes, clock).load(new StringReader("""
                Kind,NHS_Number
                merged,9990000050
                Merged,9990000050
                """), "changes.csv");

        assertThat(loaded).isEqualTo(new DemographicsChangeCsv.Loaded(1, 1));
        assertThat(changes.pending(10)).extracting(DemographicsChange::replacement).containsExactly((NhsNumber) null);
    }

    @Test
    void badInputNamesLineAndColumnAndLoadsNothing() {
        String good = "nhs_number,replacement_nhs_number,kind\n9990000050,9990000069,SUPERSEDED\n";

        assertLoadFails(good + "9990000019,,MERGED\n",
                "changes.csv line 3, column nhs_number: '9990000019' is not an NHS number");
        assertLoadFails(good + "9990000018,9990000026,RENAMED\n",
                "changes.csv line 3, column kind: 'RENAMED' is not a kind of change (SUPERSEDED or MERGED)");
        assertLoadFails(good + "9990000018,9990000026,\n", "changes.csv line 3, column kind: a value is required");
        assertLoadFails(good + "9990000018,9990000018,MERGED\n",
                "changes.csv line 3, column replacement_nhs_number: '9990000018' is the number it would replace");
        assertLoadFails(good + "9990000050,9990000026,SUPERSEDED\n",
                "changes.csv line 3, column replacement_nhs_number: '9990000026' differs from line 2");
        assertLoadFails(good + "9990000050,9990000069,MERGED\n",
                "changes.csv line 3, column kind: 'MERGED' differs from line 2");
        assertLoadFails("nhs_number,replacement_nhs_number\n9990000050,9990000069\n",
                "changes.csv line 1: the header has no column 'kind'");
        assertLoadFails("nhs_number,kind,superseded_by\n", "changes.csv line 1: unknown column 'superseded_by'");

        assertThat(changes.pending(10)).isEmpty();
        assertThat(demographics.lookup(COUSIN).orElseThrow().isSuperseded()).isFalse();
    }

    private void assertLoadFails(String csv, String message) {
        assertThatThrownBy(() -> new DemographicsChangeCsv(changes, clock).load(new StringReader(csv), "changes.csv"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("nothing was loaded");
    }

    private Instant notifiedAt(DemographicsChange change) {
        return database.dsl().select(DEMOGRAPHICS_CHANGE.NOTIFIED_AT).from(DEMOGRAPHICS_CHANGE)
                .where(DEMOGRAPHICS_CHANGE.CHANGE_ID.eq(change.id())).fetchSingle().value1();
    }
}
