package org.cpis.server.cli.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_D;
import static org.cpis.core.testing.Fixtures.id;
import static org.cpis.core.testing.Fixtures.nurse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcomeRule;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.GoodRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.server.cli.CpisServerCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cpis-server la ...} run as picocli runs it, on temporary folders: the documented sample settings and export,
 * a MESH client mailbox folder, and a clock the test moves.
 */
class LaCommandsTest {

    private static final Organisation X09 = new Organisation(OdsCode.of("X09"), "Exampleshire County Council");

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    private StringWriter out;
    private StringWriter err;
    private Path settings;
    private Path in;
    private Path outbox;

    @BeforeEach
    void theSampleLa() throws IOException {
        settings = temp.resolve("la-settings.properties");
        Files.copy(Path.of("..", "docs", "samples", "la-settings.properties"), settings);
        Files.copy(Path.of("..", "docs", "samples", "la-export.csv"), temp.resolve("la-export.csv"));
        outbox = Files.createDirectories(temp.resolve("mesh/X09OT001/OUT"));
        in = Files.createDirectories(temp.resolve("mesh/X09OT001/IN"));
    }

    private int la(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("la"));
        all.addAll(List.of(args));
        if (args.length > 0 && !List.of(args).contains("--help")) {
            all.add("--settings");
            all.add(settings.toString());
        }
        return CpisServerCli.create(Map.of(), clock).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
    }

    static Stream<String> commands() {
        return Stream.of("build", "check", "send", "status", "inbox", "sync");
    }

    @ParameterizedTest
    @MethodSource("commands")
    @DisplayName("Every la command has --help")
    void help(String command) {
        assertThat(la(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: cpis-server la " + command).contains("--settings=FILE");
    }

    @Test
    @DisplayName("'la' alone is wrong usage and lists the commands")
    void groupAlone() {
        assertThat(la()).isEqualTo(2);
        assertThat(err.toString()).contains("build", "inbox", "sync");
    }

    @Test
    @DisplayName("CP-SC005: build on the sample export writes one checked file, says what is not for CP-IS, and shows progress")
    void buildTheSample() {
        int status = la("build", "--progress", "on");

        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("Read 6 children from la-export.csv.")
                .contains("Children: 4 new.")
                .contains("1 protected or looked after by another LA")
                .contains("Wrote CPIS_X09_00000001.xml (sequence id 1, 4 records), checked: ready to send");
        assertThat(err.toString()).contains("children [").contains("6/6").contains("upload files [");
        assertThat(temp.resolve("cpis-la-state/uploads/CPIS_X09_00000001.xml")).exists();
    }

    @Test
    @DisplayName("A child with a problem: exit status 1, the problem in words with the child's local id")
    void buildWithAProblem() throws IOException {
        Files.writeString(temp.resolve("la-export.csv"), Files.readString(temp.resolve("la-export.csv"))
                .replace("999 000 0034,Mary", ",Mary"));

        assertThat(la("build")).isEqualTo(1);
        assertThat(out.toString()).contains("Problems to fix").contains(
                "CPIS-L020 Mother's NHS number is missing for unborn child EX-2001");
    }

    @Test
    @DisplayName("A missing settings file: exit status 3 and one line with its code, no stack trace")
    void missingSettings() throws IOException {
        Files.delete(settings);

        assertThat(la("status")).isEqualTo(3);
        assertThat(err.toString()).startsWith("cpis-server la status: CPIS-L001 LA settings file").doesNotContain("at org.");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    @DisplayName("check: a built file passes; no file named is wrong usage; an unknown one is CPIS-L009")
    void check() {
        la("build");

        assertThat(la("check", "1")).isZero();
        assertThat(out.toString()).contains("CPIS_X09_00000001.xml (sequence id 1): passed");
        assertThat(la("check")).isEqualTo(2);
        assertThat(la("check", "99")).isEqualTo(3);
        assertThat(err.toString()).contains("CPIS-L009 no upload file '99'");
    }

    @Test
    @DisplayName("send then status as a table, CSV and JSON (CP-SC017: when it goes again)")
    void sendAndStatus() throws IOException {
        la("build");

        assertThat(la("send")).isZero();
        assertThat(out.toString()).contains("Sent CPIS_X09_00000001");
        assertThat(outbox.resolve("CPIS_X09_00000001.dat")).exists();
        assertThat(outbox.resolve("CPIS_X09_00000001.ctl")).exists();

        assertThat(la("status")).isZero();
        assertThat(out.toString()).contains("Seq  File").contains("CPIS_X09_00000001  02/03/2026 10:00:00  sent")
                .contains("send again from 03/03/2026 01:00:00 without acknowledgement");
        assertThat(la("status", "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(5).first().asString().startsWith("sequence_id,file,created,status");
        assertThat(la("status", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/files/0/status").asText()).isEqualTo("sent");
        assertThat(json.at("/files/0/records/2/localChildId").asText()).isEqualTo("EX-2001");
        assertThat(la("status", "--format", "yaml")).isEqualTo(2);
    }

    private List<UploadRecord> sentRecords() throws IOException {
        byte[] file = Files.readAllBytes(temp.resolve("cpis-la-state/uploads/CPIS_X09_00000001.xml"));
        try (UploadReader reader = new UploadDecoder().open(new ByteArrayInputStream(file))) {
            List<UploadRecord> records = new ArrayList<>();
            for (DecodedRecord d : reader) {
                records.add(((GoodRecord) d).record());
            }
            return records;
        }
    }

    private void deliver(String id, String workflowId, byte[] body) throws IOException {
        Files.write(in.resolve(id + ".dat"), body);
        Files.writeString(in.resolve(id + ".ctl"), "<DTSControl><Version>1.0</Version><AddressType>ALL</AddressType>"
                + "<MessageType>Data</MessageType><WorkflowId>" + workflowId + "</WorkflowId><From_DTS>CPISHUB1"
                + "</From_DTS><To_DTS>X09OT001</To_DTS><DTSId>" + id + "</DTSId></DTSControl>",
                StandardCharsets.UTF_8);
    }

    /** CP-IS's answer: record 4 (EX-1005, NHS number superseded on PDS) refused, the others loaded. */
    private byte[] partialAcknowledgement() throws IOException {
        List<UploadRecord> records = sentRecords();
        List<RecordResult> results = new ArrayList<>();
        for (UploadRecord r : records) {
            results.add(r.position() == 4 ? RecordResult.failure(r, RecordDetail.PDS_SUPERSEDED) : RecordResult.success(r));
        }
        return new AcknowledgementEncoder().encode(new UploadAcknowledgement("1", new org.cpis.core.upload
                .UploadedLocalAuthority("X09", "Exampleshire County Council", "01632960001", "01632960002"),
                clock.instant(), new FileOutcomeRule().outcomeOf(results), null, records.size(), results));
    }

    @Test
    @DisplayName("CP-SC019-022: inbox shows an acknowledgement, an Access to Service Notification (and an empty one) and an Inactive NHS Number Notification")
    void inboxShowsEveryKind() throws IOException {
        la("build");
        la("send");
        clock.advance(Duration.ofHours(1));
        deliver("M1", "CPIS_UPLOAD_ACK", partialAcknowledgement());
        deliver("M2", "CPIS_ACCESS_TO_SERVICE", new AccessToServiceNotificationCodec().encode(
                new AccessToServiceNotification(id(1), Instant.parse("2026-03-02T02:00:00Z"), X09, null, null, List.of(
                        new ChildAccesses(NhsNumber.of(NHS_A), "EX-1001", "1", List.of(new AccessEvent(id(2),
                                NhsNumber.of(NHS_A), Instant.parse("2026-03-01T21:15:00Z"),
                                Instant.parse("2026-03-01T21:15:00Z"), nurse("555000000101"))))))));
        deliver("M3", "CPIS_ACCESS_TO_SERVICE", new AccessToServiceNotificationCodec().encode(
                new AccessToServiceNotification(id(3), Instant.parse("2026-03-01T02:00:00Z"), X09, null, null, List.of())));
        deliver("M4", "CPIS_INACTIVE_NHS_NUMBERS", new InactiveNhsNumberNotificationCodec().encode(
                new InactiveNhsNumberNotification(id(4), Instant.parse("2026-03-02T03:00:00Z"), X09, List.of(
                        new InactiveSubject(NhsNumber.of(NHS_B), "EX-1002", NhsNumber.of(NHS_D), "1")))));

        assertThat(la("inbox")).isZero();

        assertThat(out.toString())
                .contains("4 new messages.")
                .contains("Acknowledgement of CPIS_X09_00000001 (sequence id 1)")
                .contains("partial: some records were loaded, the others were refused")
                .contains("3 loaded, 1 refused")
                .contains("4       EX-1005   999 000 0050  CPR05    NHS number superseded on PDS: send the child's new NHS number")
                .contains("Access to Service Notification of 02/03/2026 02:00:00")
                .contains("EX-1001   999 000 0018  01/03/2026 21:15:00  Ms Nia Nurse555000000101  Nurse"
                        + "  Example Hospitals NHS Trust (RX1)")
                .contains("Access to Service Notification of 01/03/2026 02:00:00 (received 02/03/2026 11:00:00): nobody"
                        + " looked at CP-IS information about this LA's children.")
                .contains("EX-1002   999 000 0026         999 000 0042");
        assertThat(in).isEmptyDirectory();

        assertThat(la("status")).isZero();
        assertThat(out.toString()).contains("partial");

        assertThat(la("inbox", "--no-download", "--all", "--format", "csv")).isZero();
        assertThat(out.toString().lines().skip(1)).anySatisfy(l -> assertThat(l)
                .startsWith("2026-03-02T11:00:00Z,access to service,M2,2026-03-02T02:00:00Z,")
                .contains(",EX-1001,9990000018,,,,2026-03-01T21:15:00Z,Ms Nia Nurse555000000101,Nurse,"));
        assertThat(la("inbox", "--no-download", "--all", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/messages").size()).isEqualTo(4);
        assertThat(json.findValuesAsText("kind")).contains("acknowledgement", "access to service", "inactive nhs number");
    }

    @Test
    @DisplayName("CP-SC017: sync from cron builds and sends, then after 15 hours without acknowledgement sends the same file again")
    void syncResubmits() throws IOException {
        assertThat(la("sync")).isZero();
        assertThat(out.toString()).contains("Wrote CPIS_X09_00000001.xml").contains("Sent CPIS_X09_00000001")
                .contains("0 new messages taken from the inbox.");
        byte[] first = Files.readAllBytes(outbox.resolve("CPIS_X09_00000001.dat"));
        Files.delete(outbox.resolve("CPIS_X09_00000001.dat"));
        Files.delete(outbox.resolve("CPIS_X09_00000001.ctl"));

        clock.advance(Duration.ofHours(14));
        assertThat(la("sync")).isZero();
        assertThat(out.toString()).contains("No upload file written: nothing to send.").contains("Nothing to send.");

        clock.advance(Duration.ofHours(1));
        assertThat(la("sync")).isZero();
        assertThat(out.toString()).contains("Sent again CPIS_X09_00000001");
        assertThat(Files.readAllBytes(outbox.resolve("CPIS_X09_00000001.dat"))).isEqualTo(first);
    }
}
