package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.NHS_E;
import static org.cpis.core.testing.Fixtures.child;
import static org.cpis.core.testing.Fixtures.file;
import static org.cpis.core.testing.Fixtures.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.query.NhsQuery;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.QueryService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadService;
import org.cpis.server.logging.Logging;
import org.cpis.server.report.ReportTimes;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.cpis.store.organisation.ListedOrganisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and retention commands as an operator runs them, in-process, against a real embedded PostgreSQL in a
 * data folder. The data is made once, through the core's own use cases on the same database, relative to today:
 * <ul>
 *   <li>A: a CPP from X09 started three years ago (stale, CP-IS080) and a LAC from Y05 started ten days ago;</li>
 *   <li>B: a LAC from X09; C: a CPP from X09 that ended 400 days ago, accessed 200 days ago (the sweep removes it);</li>
 *   <li>E: a child who turned 18 ten days ago with an open CPP (the sweep end-dates it, CP-IS030).</li>
 * </ul>
 * Each command starts the embedded database itself, so the commands run are few.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportCommandsIT {

    @TempDir
    static Path temp;

    private static Path dataFolder;
    private static Instant now;
    private static LocalDate today;
    private static Instant uploadedAt;
    private static Instant cAccessedAt;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void makeTheRecords() {
        dataFolder = temp.resolve("cpis-data");
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        today = ServiceCalendar.dateOf(now);
        uploadedAt = now.minus(Duration.ofDays(300));
        cAccessedAt = now.minus(Duration.ofDays(200));
        MutableClock clock = new MutableClock(uploadedAt);
        try (CpisDatabase database = CpisDatabase.open(DatabaseSettings.embedded(dataFolder))) {
            database.demographics().putAll(List.of(
                    person(NHS_A, today.minusYears(8), "Amy", "Adams"),
                    person(NHS_B, today.minusYears(5), "Ben", "Brown"),
                    person(NHS_C, today.minusYears(10), "Cara", "Clark"),
                    person(NHS_E, today.minusYears(18).minusDays(10), "Evan", "Evans")));
            database.organisations().putAll(List.of(
                    new ListedOrganisation(OdsCode.of("RX1"), "Example Hospitals NHS Trust", "NHS Trust")));

            UploadService uploads = new UploadService(database.transactions(), database.demographics(), clock);
            assertAllStored(uploads.process(file(LA_X, "1",
                    child(1, NHS_A, "X-A-001", "Amy", "Adams", dob(8, 0), plan(PlanType.CPP, day(-3 * 365), null, null)),
                    child(2, NHS_B, "X-B-002", "Ben", "Brown", dob(5, 0), plan(PlanType.LAC, day(-100), null, null)),
                    child(3, NHS_C, "X-C-003", "Cara", "Clark", dob(10, 0),
                            plan(PlanType.CPP, day(-2 * 365 - 200), day(-400), null)),
                    child(4, NHS_E, "X-E-004", "Evan", "Evans", dob(18, 10), plan(PlanType.CPP, day(-365), null, null))))
                    .acknowledgement(), 4);
            assertAllStored(uploads.process(file(LA_Y, "1",
                    child(1, NHS_A, "Y-A-101", "Amy", "Adams", dob(8, 0), plan(PlanType.LAC, day(-10), null, null))))
                    .acknowledgement(), 1);

            QueryService queries = new QueryService(database.transactions(), database.organisations(), clock,
                    UnbornPlanAccessPolicy.standard());
            clock.set(cAccessedAt);
            assertThat(queries.query(query(1, NHS_C, Fixtures.nurse("1001")))).isInstanceOf(QueryResult.Found.class);
            clock.set(now.minus(Duration.ofMinutes(5)));
            assertThat(queries.query(query(2, NHS_A, Fixtures.nurse("1001")))).isInstanceOf(QueryResult.Found.class);
            assertThat(queries.query(query(3, NHS_B, Fixtures.system("123456789012")))).isInstanceOf(QueryResult.Found.class);
            assertThat(queries.query(query(4, NHS_D, Fixtures.nurse("1001")))).isInstanceOf(QueryResult.NotFound.class);
        }
    }

    @AfterAll
    static void closeLogFile() {
        Logging.stop();
    }

    @Test
    @Order(1)
    @DisplayName("CP-IS077: report counts, default period the last 30 days")
    void counts() {
        assertThat(run("report", "counts")).isZero();

        assertThat(out.toString()).contains(
                "Period: " + ReportTimes.text(today.minusDays(29)) + " to " + ReportTimes.text(today),
                "Children (unique NHS numbers) with a current plan:     3",
                "Local Authorities (unique ODS codes) providing plans:  2",
                "NHS Query messages received in the period:             3",
                "NHS organisations that sent queries in the period:     2");
        assertThat(out.toString().lines()).contains(
                "Child Protection Plan (CPP)                2              2",
                "Looked After Child (LAC)                   2              2",
                "Unborn Child Protection Plan (UCPP)        0              0",
                "  X09       Exampleshire County Council    2    1     0",
                "  Y05       Sampleton Borough Council      0    1     0");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS079: report subject shows every entry in full, the access events and the audit history")
    void subjectAccessReport() {
        assertThat(run("report", "subject", "999 000 0018")).isZero();

        String text = out.toString();
        assertThat(text).contains("NHS number: 999 000 0018",
                "Local Authority entries: 2",
                "  Exampleshire County Council (X09)",
                "    Local child id:        X-A-001",
                "  Sampleton Borough Council (Y05)",
                "    Local child id:        Y-A-101",
                "    Date of birth (PDS):   " + ReportTimes.text(today.minusYears(8)),
                "    Upload file:           1",
                "    Received:              " + ReportTimes.text(uploadedAt),
                "    Child Protection Plan (CPP)  " + ReportTimes.text(today.minusDays(3 * 365)) + "  -         -",
                "Access events: 1",
                ReportTimes.text(now.minus(Duration.ofMinutes(5))) + "  Ms Nia Nurse1001 (SDS user 1001)"
                        + "  Nurse (S0030:G0100:R0570)  Example Hospitals NHS Trust (RX1)",
                "Audit history: 3");
        assertThat(text).containsPattern("RECORD_STORED +la:X09 +Exampleshire County Council \\(X09\\) +entry of X09 Exampleshire County Council, local id"
                + " X-A-001, file 1: CPP from " + ReportTimes.text(today.minusDays(3 * 365)));
        assertThat(text).containsPattern("RECORD_ACCESSED +sds:1001 +Example Hospitals NHS Trust \\(RX1\\) +query ");
    }

    @Test
    @Order(3)
    @DisplayName("CP-IS080: report stale-plans as CSV")
    void stalePlans() {
        assertThat(run("report", "stale-plans", "--format", "csv")).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "nhs_number,ods_code,local_authority,local_child_id,start_date",
                NHS_A + ",X09,Exampleshire County Council,X-A-001," + today.minusDays(3 * 365));
    }

    @Test
    @Order(4)
    @DisplayName("CP-IS081: report activity filtered by user, actions and days")
    void activity() {
        assertThat(run("report", "activity", "--user", "sds:1001", "--action", "record_accessed,QUERY_NOT_FOUND",
                "--from", today.minusDays(29).toString(), "--to", today.toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("CP-IS activity (CP-IS081): 2 audit entries, oldest first");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(3)).containsPattern(" RECORD_ACCESSED +sds:1001 +Example Hospitals NHS Trust \\(RX1\\)"
                + " +999 000 0018 +query ");
        assertThat(lines.get(4)).containsPattern(" QUERY_NOT_FOUND +sds:1001 +Example Hospitals NHS Trust \\(RX1\\)"
                + " +999 000 0042 +query ");
    }

    @Test
    @Order(5)
    @DisplayName("CP-IS075: report presence before the upload is ABSENT, exit status 1")
    void absentBeforeTheUpload() {
        LocalDate before = ServiceCalendar.dateOf(uploadedAt).minusDays(1);

        assertThat(run("report", "presence", NHS_A, "--at", before.toString())).isEqualTo(CpisServerCli.ANSWER_NO);

        assertThat(out.toString()).isEqualTo("ABSENT: the record of NHS number 999 000 0018 could not be retrieved at "
                + ReportTimes.text(before) + " 23:59:59 " + zoneOf(before) + System.lineSeparator());
    }

    @Test
    @Order(6)
    @DisplayName("CP-IS030 CP-IS039 CP-IS075: retention sweep end-dates at 18, removes the ended record and its"
            + " access events; presence at a past moment still comes from the audit trail")
    void retentionSweepThenPresenceFromTheAuditTrail() throws IOException {
        assertThat(run("retention", "sweep")).isZero();

        assertThat(out.toString().lines()).contains(
                "Entries end-dated at the child's 18th birthday (CP-IS030)                       1",
                "Entries removed: no plan can be visible again (CP-IS009-011, 032-033)           1",
                "Access events removed with their child's record (CP-IS039)                      1",
                "Subjects whose audit entries were redacted (CP-IS076)                           0",
                "Subjects kept: PDS could not say whether they died (tried again next time)      0");

        out.getBuffer().setLength(0);
        assertThat(run("report", "presence", NHS_C, "--at", cAccessedAt.toString())).isZero();
        assertThat(out.toString()).startsWith("PRESENT: the record of NHS number 999 000 0034 could be retrieved at "
                + ReportTimes.text(cAccessedAt));

        String log = Files.readString(dataFolder.resolve("logs/cpis.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("Retention sweep done (retention sweep command): 1 entries end-dated at 18,"
                + " 1 entries removed, 1 access events removed")
                .doesNotContain("Amy", "Adams", "Cara", "Clark", "Evan", "X-A-001", "Nurse1001");
    }

    private int run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--data", dataFolder.toString()));
        var cli = CpisServerCli.create(Map.of());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    private static String zoneOf(LocalDate date) {
        return ReportTimes.text(date.atTime(12, 0).atZone(ServiceCalendar.ZONE).toInstant()).substring(20);
    }

    private static DemographicsRecord person(String nhs, LocalDate birthDate, String given, String family) {
        return new DemographicsRecord(NhsNumber.of(nhs), birthDate, List.of(new PersonName(given, family)),
                false, false, null, null);
    }

    private static String dob(int years, int days) {
        return today.minusYears(years).minusDays(days).toString();
    }

    private static String day(int fromToday) {
        return today.plusDays(fromToday).toString();
    }

    private static NhsQuery query(int id, String nhs, org.cpis.core.model.QueryAuthor author) {
        return new NhsQuery(Fixtures.id(id), NhsNumber.of(nhs), now, author);
    }

    private static void assertAllStored(UploadAcknowledgement acknowledgement, int records) {
        assertThat(acknowledgement.successfulCount()).as("records stored of %s", acknowledgement).isEqualTo(records);
    }

}
