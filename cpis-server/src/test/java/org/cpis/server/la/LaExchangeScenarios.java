package org.cpis.server.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.store.jooq.Tables.LA_ENTRY;
import static org.cpis.store.jooq.Tables.LA_ENTRY_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_FILE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.crypto.SecretKey;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.Asid;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.GoodRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.pki.PkiPassword;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.sft.body.BodyKey;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.notify.AccessToServiceJob;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LA client end to end against a real running CP-IS service, one story in ordered steps: the sample LA
 * (Exampleshire, X09) builds upload files from its export, checks and sends them, CP-IS takes them through its door,
 * processes them and answers, and the client takes the acknowledgements and notifications and shows them. Each door
 * has its subclass: {@link LaFolderDoorIT} (the MESH client's folders) and {@link LaMeshDoorIT} (the MESH API over
 * mutual TLS). The LA's clock is a test clock, started at the real time (the service's is the real one) and moved only
 * to pass the 15 hours of CP-SC017.
 */
@ExtendWith(SharedDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LaExchangeScenarios {

    static final Path SAMPLES = Path.of("../docs/samples");
    static final String MAILBOX = "X09OT001";
    static final Asid ED = Asid.of("200000000123");
    /** The baby of the unborn child EX-2001, born yesterday (a number of the never-issued 999 range). */
    static final String BABY = "9990000107";
    /** Ben Brown's number (EX-1002), made inactive on PDS during the story, and its replacement. */
    static final String BEN = "9990000026";
    static final String BEN_NEW = "9990000115";
    static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final ObjectMapper JSON = new ObjectMapper();

    final CpisDatabase database;
    Path root;
    RunningCpis cpis;
    MutableClock laClock;
    Path laFolder;
    Path settings;
    LaExport export;

    LaExchangeScenarios(CpisDatabase database) {
        this.database = database;
    }

    /** Registers the LA's mailbox for the door under test (and whatever that door needs), before the start. */
    abstract void registerTheMailbox();

    /** Points the LA's settings at its mailbox, once the service runs, and waits until the door is there. */
    abstract void connectTheLa();

    @BeforeAll
    void startCpisAndTheLa() throws IOException {
        SharedDatabase.emptyTables(database);
        root = TemporaryFolders.create("la-e2e-").toAbsolutePath();
        cpis = new RunningCpis(root, database);
        laClock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

        ok(cpis.admin("pki", "init"));
        ok(cpis.admin("pki", "server"));
        ok(cpis.admin("pki", "client", "--asid", ED.value(), "--name", "Example ED system", "--ods", "RX1",
                "--register"));
        ok(cpis.admin("users", "load", SAMPLES.resolve("roles.csv").toString()));
        ok(cpis.admin("organisations", "load", SAMPLES.resolve("organisations.csv").toString()));
        ok(cpis.admin("demographics", "load", SAMPLES.resolve("demographics.csv").toString()));
        Path baby = root.resolve("baby.csv");
        Files.writeString(baby, "nhs_number,birth_date,death_date,given_name,family_name,sensitive,invalid,"
                + "superseded_by\n" + BABY + "," + yesterday() + ",,Baby,Clark,false,false,\n");
        ok(cpis.admin("demographics", "load", baby.toString()));
        registerTheMailbox();
        cpis.start();

        laFolder = Files.createDirectories(root.resolve("my-la"));
        settings = laFolder.resolve("la-settings.properties");
        Files.copy(SAMPLES.resolve("la-settings.properties"), settings);
        Files.copy(SAMPLES.resolve("la-export.csv"), laFolder.resolve("la-export.csv"));
        export = LaExport.read(laFolder.resolve("la-export.csv"));
        connectTheLa();
    }

    @AfterAll
    void stopCpis() {
        try {
            cpis.close();
        } finally {
            TemporaryFolders.delete(root);
        }
    }

    // ------------------------------------------------------------------------------------------------ the story

    @Test
    @Order(1)
    @DisplayName("CP-SC005, CP-SC014, CP-SC019, CP-SC020: build, check, send; CP-IS processes the file; the "
            + "acknowledgement comes back; status per record")
    void firstUploadAcknowledged() {
        RunningCpis.Run built = la("build");
        assertThat(built.status()).as(built.shown()).isZero();
        assertThat(built.out()).contains("Read 6 children from la-export.csv.", "Children: 4 new.",
                "Wrote CPIS_X09_00000001.xml (sequence id 1, 4 records), checked: ready to send");
        RunningCpis.Run checked = la("check", "1");
        assertThat(checked.out()).as(checked.shown()).contains("CPIS_X09_00000001.xml (sequence id 1): passed");

        String inbox = sendAndAwaitAcknowledgement("1");

        assertThat(inbox).contains("Acknowledgement of CPIS_X09_00000001 (sequence id 1)")
                .contains("- 3 loaded, 1 refused")
                .containsPattern("4\\s+EX-1005\\s+999 000 0050\\s+CPR05\\s+NHS number");
        JsonNode file = file("1");
        assertThat(file.path("status").asText()).isEqualTo("partial");
        assertThat(outcomes(file)).containsExactly(
                "EX-1001 999 000 0018 CPR06", "EX-1002 999 000 0026 CPR06", "EX-2001 999 000 0034 CPR06",
                "EX-1005 999 000 0050 CPR05");
        assertThat(file.at("/records/3/reason").asText()).containsIgnoringCase("superseded");
        RunningCpis.Run status = la("status", "--file", "1");
        assertThat(status.out()).as(status.shown()).contains("partial").contains("EX-1005").contains("CPR05");
        assertThat(heldBy("9990000018")).as("the service holds Amy's record").isEqualTo("EX-1001");
        assertThat(heldBy("9990000050")).as("and not Eve's").isNull();
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS012: an NHS number becomes inactive on PDS while the service runs (its notification is checked "
            + "later)")
    void inactiveNumberLoaded() throws IOException {
        Path changes = root.resolve("changes.csv");
        Files.writeString(changes, "nhs_number,replacement_nhs_number,kind\n" + BEN + "," + BEN_NEW + ",SUPERSEDED\n");

        RunningCpis.Run loaded = cpis.admin("demographics", "changes", changes.toString());

        assertThat(loaded.status()).as(loaded.shown()).isZero();
        assertThat(loaded.out()).contains("1 new, 0 already known");
    }

    @Test
    @Order(3)
    @DisplayName("CP-SC009: a second build sends only the child whose CP-IS data changed, not one whose address "
            + "changed")
    void changeDetection() {
        export.set("EX-1001", "CPP", "plan_start_date", "02/09/2025");
        export.set("EX-1002", "LAC", "address", "New foster placement");
        export.set("EX-1002", "CPP", "address", "New foster placement");
        export.write(laFolder.resolve("la-export.csv"));

        RunningCpis.Run built = la("build");

        assertThat(built.out()).as(built.shown())
                .contains("Wrote CPIS_X09_00000002.xml (sequence id 2, 1 record), checked: ready to send");
        assertThat(records("2")).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("EX-1001");
            assertThat(r.plans().get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 2));
        });
        sendAndAwaitAcknowledgement("2");
        assertThat(file("2").path("status").asText()).isEqualTo("successful");
        assertThat(planAtCpis("9990000018", "CPP").start()).isEqualTo(LocalDateTime.of(2025, 9, 2, 0, 0));
        assertThat(la("build").out()).as("nothing changed since").contains("No upload file written: nothing to send.");
    }

    @Test
    @Order(4)
    @DisplayName("CP-SC018: a closed case ends the child's open plan on the closing date, at CP-IS too")
    void closedCase() {
        LocalDate closed = today();
        export.set("EX-1001", "CPP", "case_closed_date", closed.format(EXPORT_DATE));
        export.write(laFolder.resolve("la-export.csv"));

        RunningCpis.Run built = la("build");

        assertThat(built.out()).as(built.shown()).contains("Wrote CPIS_X09_00000003.xml (sequence id 3, 1 record)");
        assertThat(records("3")).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("EX-1001");
            assertThat(r.plans().get(0).end().toLocalDate()).isEqualTo(closed);
        });
        sendAndAwaitAcknowledgement("3");
        assertThat(file("3").path("status").asText()).isEqualTo("successful");
        assertThat(planAtCpis("9990000018", "CPP").end().toLocalDate()).isEqualTo(closed);
    }

    @Test
    @Order(5)
    @DisplayName("CP-SC012, CP-SC013: an unborn child held against the mother, then born: sent under its own number, "
            + "the mother's plan ended at the birth")
    void unbornThenBorn() {
        assertThat(heldBy("9990000034")).as("step 1 sent the unborn child against the mother").isEqualTo("EX-2001");
        Map<String, String> row = export.row("EX-2001", "UCPP");
        row.put("nhs_number", "999 000 0107");
        row.put("given_name", "Baby");
        row.put("family_name", "Clark");
        row.put("date_of_birth", yesterday().format(EXPORT_DATE));
        row.put("plan_type", "CPP");
        row.put("plan_start_date", yesterday().format(EXPORT_DATE));
        export.write(laFolder.resolve("la-export.csv"));

        RunningCpis.Run built = la("build");

        assertThat(built.out()).as(built.shown()).contains("Wrote CPIS_X09_00000004.xml (sequence id 4, 2 records)");
        sendAndAwaitAcknowledgement("4");
        JsonNode file = file("4");
        assertThat(file.path("status").asText()).as(file.toString()).isEqualTo("successful");
        assertThat(heldBy(BABY)).isEqualTo("EX-2001");
        assertThat(database.dsl().select(LA_ENTRY.SUBJECT_KIND).from(LA_ENTRY).where(LA_ENTRY.NHS_NUMBER.eq(BABY))
                .fetchOne(LA_ENTRY.SUBJECT_KIND)).isEqualTo(SubjectKind.CHILD.name());
        assertThat(planAtCpis("9990000034", "UCPP").end().toLocalDate()).as("ended at the birth")
                .isEqualTo(yesterday());
    }

    @Test
    @Order(6)
    @DisplayName("CP-SC017: a file without acknowledgement after 15 hours is sent again; CP-IS applies it once")
    void resubmittedAfterTheTimeout() {
        export.set("EX-1001", "CPP", "plan_start_date", "03/09/2025");
        export.write(laFolder.resolve("la-export.csv"));
        la("build");
        RunningCpis.Run sent = la("send");
        assertThat(sent.out()).as(sent.shown()).contains("Sent CPIS_X09_00000005");
        assertThat(la("send").out()).as("not again before the timeout").contains("Nothing to send");

        laClock.advance(Duration.ofHours(15).plusMinutes(1));
        RunningCpis.Run again = la("send");

        assertThat(again.out()).as(again.shown()).contains("Sent again CPIS_X09_00000005");
        awaitAcknowledgement("5");
        JsonNode file = file("5");
        assertThat(file.path("status").asText()).isEqualTo("successful");
        assertThat(file.path("sends")).hasSize(2);
        assertThat(database.dsl().fetchCount(UPLOAD_FILE, UPLOAD_FILE.LA_ODS_CODE.eq("X09")
                .and(UPLOAD_FILE.SEQUENCE_ID.eq("5")))).as("applied once").isEqualTo(1);
        assertThat(planAtCpis("9990000018", "CPP").start()).isEqualTo(LocalDateTime.of(2025, 9, 3, 0, 0));
    }

    @Test
    @Order(7)
    @DisplayName("CP-SC021, CP-IS025: an NHS query of a child, then the day's Access to Service Notification shows who "
            + "looked, with the child's local id")
    void accessToService() throws Exception {
        queryAmyAsTheSampleNurse();
        runTheAccessToServiceJobTomorrow();

        JsonNode notification = RunningCpis.until("the Access to Service Notification with the access", () -> {
            la("inbox");
            return accessNotifications().stream().filter(n -> n.path("accesses").size() > 0).findFirst().orElse(null);
        }, java.util.Objects::nonNull);

        JsonNode access = notification.path("accesses").get(0);
        assertThat(access.path("localChildId").asText()).isEqualTo("EX-1001");
        assertThat(access.path("nhsNumber").asText()).isEqualTo("9990000018");
        assertThat(access.path("who").asText()).contains("Nia").contains("Testnurse");
        assertThat(access.path("role").asText()).isEqualTo("Staff Nurse");
        assertThat(access.path("where").asText()).isEqualTo("Example University Hospitals NHS Trust (RX1)");
        RunningCpis.Run shown = la("inbox", "--no-download", "--all");
        assertThat(shown.out()).as(shown.shown()).contains("Access to Service Notification of")
                .containsPattern("EX-1001\\s+999 000 0018\\s+\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\\s+\\S");
    }

    @Test
    @Order(8)
    @DisplayName("CP-SC022: the Inactive NHS Number Notification shows the old and new number with the child's local "
            + "id")
    void inactiveNhsNumber() {
        JsonNode notification = RunningCpis.until("the Inactive NHS Number Notification", () -> {
            la("inbox");
            return kept().stream().filter(m -> "inactive nhs number".equals(m.path("kind").asText())).findFirst()
                    .orElse(null);
        }, java.util.Objects::nonNull);

        assertThat(notification.path("numbers")).singleElement().satisfies(n -> {
            assertThat(n.path("localChildId").asText()).isEqualTo("EX-1002");
            assertThat(n.path("inactiveNhsNumber").asText()).isEqualTo(BEN);
            assertThat(n.path("newNhsNumber").asText()).isEqualTo(BEN_NEW);
        });
        RunningCpis.Run shown = la("inbox", "--no-download", "--all");
        assertThat(shown.out()).as(shown.shown()).contains("Inactive NHS Number Notification of")
                .containsPattern("EX-1002\\s+999 000 0026\\s+999 000 0115");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    RunningCpis.Run la(String... args) {
        return cpis.la(laClock, Map.of("CPIS_LA_SETTINGS", settings.toString()), args);
    }

    static void ok(RunningCpis.Run run) {
        assertThat(run.status()).as(run.shown()).isZero();
    }

    void appendSettings(String... lines) {
        try {
            Files.writeString(settings, "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The LA's today and yesterday, England's days. */
    LocalDate today() {
        return LocalDate.ofInstant(laClock.instant(), ServiceCalendar.ZONE);
    }

    LocalDate yesterday() {
        return today().minusDays(1);
    }

    /** Sends what is due, and takes the inbox until CP-IS's acknowledgement of file {@code sequenceId} is applied. */
    String sendAndAwaitAcknowledgement(String sequenceId) {
        RunningCpis.Run sent = la("send");
        assertThat(sent.status()).as(sent.shown()).isZero();
        assertThat(sent.out()).contains("Sent CPIS_X09_" + "0".repeat(8 - sequenceId.length()) + sequenceId);
        return awaitAcknowledgement(sequenceId);
    }

    /** Every {@code la inbox} output until the file's acknowledgement was applied. */
    String awaitAcknowledgement(String sequenceId) {
        List<String> shown = new ArrayList<>();
        RunningCpis.until("the acknowledgement of upload file " + sequenceId, () -> {
            RunningCpis.Run inbox = la("inbox");
            assertThat(inbox.status()).as(inbox.shown()).isIn(0, 1);
            shown.add(inbox.out());
            return file(sequenceId);
        }, f -> !f.path("acknowledged").isNull() && !f.path("acknowledged").asText().isEmpty());
        return String.join("", shown);
    }

    JsonNode file(String sequenceId) {
        RunningCpis.Run status = la("status", "--format", "json");
        assertThat(status.status()).as(status.shown()).isZero();
        try {
            for (JsonNode f : JSON.readTree(status.out()).path("files")) {
                if (sequenceId.equals(f.path("sequenceId").asText())) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no file " + sequenceId + " in " + status.out());
    }

    static List<String> outcomes(JsonNode file) {
        List<String> lines = new ArrayList<>();
        file.path("records").forEach(r -> lines.add(r.path("localChildId").asText() + " "
                + r.path("nhsNumber").asText().replaceAll("(\\d{3})(\\d{3})(\\d{4})", "$1 $2 $3") + " "
                + r.path("outcome").asText()));
        return lines;
    }

    /** Every message the client kept, as {@code la inbox --all --no-download --format json} lists them. */
    List<JsonNode> kept() {
        RunningCpis.Run all = la("inbox", "--all", "--no-download", "--format", "json");
        try {
            return StreamSupport.stream(JSON.readTree(all.out()).path("messages").spliterator(), false).toList();
        } catch (IOException e) {
            throw new AssertionError(all.shown(), e);
        }
    }

    List<JsonNode> accessNotifications() {
        return kept().stream().filter(m -> "access to service".equals(m.path("kind").asText())).toList();
    }

    /** The records of an upload file the client built, decoded as CP-IS decodes them. */
    List<UploadRecord> records(String sequenceId) {
        Path file = laFolder.resolve("cpis-la-state/uploads/CPIS_X09_" + "0".repeat(8 - sequenceId.length())
                + sequenceId + ".xml");
        try (UploadReader reader = new UploadDecoder().open(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            List<UploadRecord> records = new ArrayList<>();
            for (DecodedRecord d : reader) {
                records.add(((GoodRecord) d).record());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The local child id of X09's entry CP-IS holds for the number, or null. */
    String heldBy(String nhsNumber) {
        return database.dsl().select(LA_ENTRY.LOCAL_CHILD_ID).from(LA_ENTRY)
                .where(LA_ENTRY.NHS_NUMBER.eq(nhsNumber).and(LA_ENTRY.LA_ODS_CODE.eq("X09")))
                .fetchOne(LA_ENTRY.LOCAL_CHILD_ID);
    }

    record HeldPlan(LocalDateTime start, LocalDateTime end) {
    }

    /** X09's plan of that type CP-IS holds for the number. */
    HeldPlan planAtCpis(String nhsNumber, String planType) {
        var row = database.dsl().select(LA_ENTRY_PLAN.START_DATE, LA_ENTRY_PLAN.END_DATE).from(LA_ENTRY_PLAN)
                .join(LA_ENTRY).on(LA_ENTRY.ENTRY_ID.eq(LA_ENTRY_PLAN.ENTRY_ID))
                .where(LA_ENTRY.NHS_NUMBER.eq(nhsNumber).and(LA_ENTRY.LA_ODS_CODE.eq("X09"))
                        .and(LA_ENTRY_PLAN.PLAN_TYPE.eq(planType)))
                .fetchOne();
        assertThat(row).as("CP-IS holds X09's " + planType + " for " + nhsNumber).isNotNull();
        return new HeldPlan(row.value1(), row.value2());
    }

    /** The sample emergency department system asks about Amy (999 000 0018) for the sample nurse, over mutual TLS. */
    void queryAmyAsTheSampleNurse() throws Exception {
        PkiFolder pki = PkiFolder.of(cpis.dataFolder);
        char[] password = cpis.dataFile("pki/development-password").toCharArray();
        HttpClient ed = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(TlsMaterial.load(pki.clientKeystore(ED), password, pki.caCertificate()).sslContext())
                .build();
        HttpResponse<String> response = ed.send(HttpRequest.newBuilder(cpis.queryEndpoint())
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"urn:nhs:names:services:cpisquery/QUPC_IN000006GB01\"")
                        .POST(HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve("nhs-query.xml"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("REPC_IN000007GB01");
    }

    /**
     * The daily Access to Service job as it runs tomorrow (a fixed clock a day ahead), over the service's own
     * database and message bodies: today's notification for X09 goes into its mailbox.
     */
    void runTheAccessToServiceJobTomorrow() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATA_FOLDER, cpis.dataFolder.toString());
        Settings serviceSettings = Settings.resolve(flags, null, cpis.environment);
        SecretKey key = BodyKey.loadOrCreate(cpis.dataFolder.resolve("keys").resolve("message-bodies.p12"),
                PkiPassword.resolve(serviceSettings, false).value());
        MutableClock tomorrow = new MutableClock(Instant.now().plus(Duration.ofDays(1)));
        PostOffice postOffice = new PostOffice(database.mailboxes(), database.messages(),
                new EncryptedMessageBodies(cpis.dataFolder.resolve("messages"), key), database.transmissionLog(),
                tomorrow, MessageIds.secure(tomorrow), MailboxId.of("CPIS0001"), Workflows.DEFAULTS,
                100L * 1024 * 1024);
        NotificationService notifications = new NotificationService(database.transactions(), database.organisations(),
                tomorrow, IdGenerator.random());
        new AccessToServiceJob(postOffice, database.workLocks(), notifications, new AccessToServiceNotificationCodec(),
                AccessToServiceJob.DEFAULT_CATCH_UP_DAYS).runDue(tomorrow.instant());
    }
}
