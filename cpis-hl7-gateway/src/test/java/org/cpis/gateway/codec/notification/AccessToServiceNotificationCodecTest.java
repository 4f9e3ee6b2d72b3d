package org.cpis.gateway.codec.notification;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessToServiceNotificationCodecTest {

    private static final String FOLDER = "access-to-service";
    private static final Organisation X09 = new Organisation(OdsCode.of("X09"), "EXAMPLE COUNTY COUNCIL");
    private static final Organisation RX1 = new Organisation(OdsCode.of("RX1"), "EXAMPLE UNIVERSITY HOSPITALS NHS TRUST");
    private static final NhsNumber CHILD_1 = NhsNumber.of("9990000018");
    private static final NhsNumber CHILD_2 = NhsNumber.of("9990000026");

    private final AccessToServiceNotificationCodec codec = new AccessToServiceNotificationCodec();

    /** The domain side of golden/access-to-service/two-children.wire.xml. */
    static AccessToServiceNotification twoChildren() {
        QueryAuthor consultant = new QueryAuthor.Person("555123456789", "555987654321",
                JobRoleCode.of("S0010:G0020:R0050"), "Consultant", new WorkerName("Dr", "Jane Elizabeth", "Doe", null), RX1);
        QueryAuthor ambulance = new QueryAuthor.System(Asid.of("200000000123"),
                new Organisation(OdsCode.of("RX9"), "EXAMPLE AMBULANCE SERVICE NHS TRUST"), WorkerName.of("Sam", "Patel"),
                JobRoleCode.of("NR0050"), "Consultant");
        QueryAuthor outOfHours = new QueryAuthor.Person("555000111222", null, JobRoleCode.of("S8000:G8000:R8000"),
                "Clinical Practitioner Access Role", WorkerName.of("Alex", "Brown"),
                new Organisation(OdsCode.of("Y05"), "EXAMPLE OUT OF HOURS SERVICE"));
        QueryAuthor community = new QueryAuthor.System(Asid.of("200000000456"),
                new Organisation(OdsCode.of("RX2"), "EXAMPLE COMMUNITY HEALTH NHS TRUST"), null, null, null);
        QueryAuthor midwife = new QueryAuthor.Person("555333444555", "555666777888", JobRoleCode.of("S0030:G0100:R0680"),
                "Midwife", new WorkerName(null, "Priya", "Shah", "RM"), RX1);
        ChildAccesses first = new ChildAccesses(CHILD_1, "CH-000123", "42", List.of(
                access("39AF0297-511D-4381-81C6-DB38125E178B", CHILD_1, "2024-03-12T22:40:10Z", consultant),
                access("C0FFEE00-1234-4ABC-8DEF-000000000002", CHILD_1, "2024-03-12T14:02:33Z", ambulance),
                access("C0FFEE00-1234-4ABC-8DEF-000000000003", CHILD_1, "2024-03-12T09:15:00Z", outOfHours)));
        ChildAccesses second = new ChildAccesses(CHILD_2, null, "57", List.of(
                access("C0FFEE00-1234-4ABC-8DEF-000000000004", CHILD_2, "2024-03-12T18:30:45Z", community),
                access("C0FFEE00-1234-4ABC-8DEF-000000000005", CHILD_2, "2024-03-12T07:00:05Z", midwife)));
        return new AccessToServiceNotification(UUID.fromString("7D4C1A2B-0E5F-4A6B-9C8D-1E2F3A4B5C6D"),
                Instant.parse("2024-03-13T00:05:00Z"), X09, null, null, List.of(first, second));
    }

    /** The domain side of golden/access-to-service/empty.wire.xml. */
    static AccessToServiceNotification empty() {
        return new AccessToServiceNotification(UUID.fromString("0B5E7A10-9F21-4C3D-8E4F-5A6B7C8D9E0F"),
                Instant.parse("2024-03-13T00:05:00Z"), new Organisation(OdsCode.of("Y05"), "EXAMPLE CITY COUNCIL"), null,
                null, List.of());
    }

    private static AccessEvent access(String queryId, NhsNumber nhs, String time, QueryAuthor author) {
        return new AccessEvent(UUID.fromString(queryId), nhs, Instant.parse(time), Instant.parse(time), author);
    }

    @Test
    @DisplayName("CP-IS022: golden encode - two children, accesses newest first by person and device authors")
    void encodesTwoChildren() {
        byte[] wire = codec.encode(twoChildren());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes(FOLDER + "/two-children.wire.xml"), wire);
    }

    @Test
    @DisplayName("CP-IS022: golden decode - who (worker name), where (organisation name) and when, per child")
    void decodesTwoChildren() {
        AccessToServiceNotification n = codec.decode(GoldenFiles.bytes(FOLDER + "/two-children.wire.xml"));
        assertThat(n).isEqualTo(twoChildren());
        assertThat(n.totalAccessRecords()).isEqualTo(5);
        AccessEvent newest = n.children().get(0).accesses().get(0);
        assertThat(newest.author().displayName()).isEqualTo("Dr Jane Elizabeth Doe");
        assertThat(newest.author().organisation().name()).isEqualTo("EXAMPLE UNIVERSITY HOSPITALS NHS TRUST");
        assertThat(newest.queryTime()).isEqualTo(Instant.parse("2024-03-12T22:40:10Z"));
        assertThat(n.children().get(1).localChildId()).isNull();
    }

    @Test
    @DisplayName("CP-IS025: golden encode - nobody looked: TRR 0 and no record access")
    void encodesEmpty() {
        byte[] wire = codec.encode(empty());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes(FOLDER + "/empty.wire.xml"), wire);
    }

    @Test
    @DisplayName("CP-IS025: golden decode - an empty notification decodes to no children")
    void decodesEmpty() {
        AccessToServiceNotification n = codec.decode(GoldenFiles.bytes(FOLDER + "/empty.wire.xml"));
        assertThat(n).isEqualTo(empty());
        assertThat(n.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("The notification window is not on the wire: a windowed notification encodes alike and decodes without")
    void windowIsNotOnTheWire() {
        AccessToServiceNotification plain = twoChildren();
        AccessToServiceNotification windowed = new AccessToServiceNotification(plain.id(), plain.createdAt(),
                plain.recipient(), Instant.parse("2024-03-12T00:00:00Z"), Instant.parse("2024-03-13T00:00:00Z"),
                plain.children());
        byte[] wire = codec.encode(windowed);
        assertThat(wire).isEqualTo(codec.encode(plain));
        AccessToServiceNotification decoded = codec.decode(wire);
        assertThat(decoded.windowStart()).isNull();
        assertThat(decoded.windowEnd()).isNull();
    }

    @Test
    @DisplayName("An access's effectiveTime is its query time; decoded, accessedAt is that time too")
    void accessTimeIsTheQueryTime() {
        ChildAccesses child = twoChildren().children().get(1);
        AccessEvent a = child.accesses().get(0);
        AccessEvent received = new AccessEvent(a.queryId(), a.nhsNumber(), a.queryTime().plusSeconds(3), a.queryTime(),
                a.author());
        AccessToServiceNotification n = new AccessToServiceNotification(UUID.randomUUID(), a.queryTime(), X09, null,
                null, List.of(new ChildAccesses(CHILD_2, null, "57", List.of(received))));
        AccessEvent decoded = codec.decode(codec.encode(n)).children().get(0).accesses().get(0);
        assertThat(decoded.queryTime()).isEqualTo(a.queryTime());
        assertThat(decoded.accessedAt()).isEqualTo(a.queryTime());
    }

    @Test
    @DisplayName("Round trip over 200 seeds: random notification -> wire (schema-valid) -> the same notification")
    void roundTrips() {
        for (long seed = 1; seed <= 200; seed++) {
            AccessToServiceNotification n = new NotificationGenerator(seed).accessToService();
            byte[] wire = codec.encode(n);
            GoldenFiles.assertSchemaValid(wire);
            assertThat(codec.decode(wire)).as("seed " + seed).isEqualTo(n);
        }
    }

    // ---- decoding rules --------------------------------------------------------------------------------------

    private DecodeException refused(String wire) {
        return assertThrows(DecodeException.class, () -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)));
    }

    private static String golden() {
        return GoldenFiles.text(FOLDER + "/two-children.wire.xml");
    }

    @Test
    @DisplayName("CPIS-C024: TRR must equal the number of access records carried")
    void totalMustMatch() {
        DecodeException e = refused(golden().replace("<value value=\"5\"/>", "<value value=\"4\"/>"));
        assertThat(e.code()).isEqualTo("CPIS-C024");
        assertThat(e.problems().get(0).message()).contains("states 4", "carries 5 access records");
        assertThat(e.problems().get(0).path()).endsWith("pertinentTotalReturnedRecords/value");
        assertThat(refused(GoldenFiles.text(FOLDER + "/empty.wire.xml").replace("value=\"0\"", "value=\"1\"")).code())
                .isEqualTo("CPIS-C024");
    }

    @Test
    @DisplayName("CPIS-C010: an NHS number failing Modulus 11 in person.id is refused with its path")
    void nhsNumberMustBeValid() {
        DecodeException e = refused(golden().replace("extension=\"9990000026\"", "extension=\"9990000027\""));
        assertThat(e.code()).isEqualTo("CPIS-C010");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).message()).contains("9990000027", "Modulus 11");
        assertThat(e.problems().get(0).path()).isEqualTo("/CP-ISAccessToServiceNotification/pertinentInformation1[2]"
                + "/pertinentCP-ISRecordAccess/pertinentInformation2/pertinentCP-ISNHSQuery/queryByParameter/person.id/value");
    }

    @Test
    @DisplayName("CPIS-C016: an author's contentId must name the template that follows it")
    void authorContentIdMustNameTheTemplate() {
        String wire = golden().replaceFirst("extension=\"COCT_TP145104GB01#System\"",
                "extension=\"COCT_TP145102GB01#AssignedAuthor\"");
        DecodeException e = refused(wire);
        assertThat(e.code()).isEqualTo("CPIS-C016");
        assertThat(e.problems().get(0).message()).contains("COCT_TP145104GB01.System");
        assertThat(e.problems().get(0).path()).endsWith("pertinentInformation1/pertinentCP-ISRecordAccess"
                + "/pertinentInformation2[2]/pertinentCP-ISNHSQuery/author/contentId");
    }

    @Test
    @DisplayName("The recipient's contentId admits only IntendedRecipient: the schema refuses anything else (CPIS-C003)")
    void recipientContentIdIsASchemaRule() {
        assertThat(refused(golden().replace("COCT_TP145103GB01#IntendedRecipient", "COCT_TP145101GB01#Child")).code())
                .isEqualTo("CPIS-C003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20240230000500+0000", "20240313250500+0000", "20240313"})
    @DisplayName("CPIS-C011: the notification's effectiveTime must be a real date and time to the minute")
    void notificationTimeMustBeReal(String time) {
        DecodeException e = refused(golden().replace("20240313000500+0000", time));
        assertThat(e.code()).isEqualTo("CPIS-C011");
        assertThat(e.problems().get(0).path()).isEqualTo("/CP-ISAccessToServiceNotification/effectiveTime");
    }

    @Test
    @DisplayName("CPIS-C011: an access's effectiveTime must be a real date and time")
    void accessTimeMustBeReal() {
        DecodeException e = refused(golden().replace("20240312183045+0000", "20241312183045+0000"));
        assertThat(e.code()).isEqualTo("CPIS-C011");
        assertThat(e.problems().get(0).path()).endsWith("pertinentInformation1[2]/pertinentCP-ISRecordAccess"
                + "/pertinentInformation2/pertinentCP-ISNHSQuery/effectiveTime");
    }

    @Test
    @DisplayName("CPIS-C025: a child is named by exactly one NHS number and at most one local id")
    void personIdsMustBeOneNhsNumber() {
        String localOnly = golden().replaceFirst("<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>",
                "<value root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"CH-999\"/>");
        DecodeException e = refused(localOnly);
        assertThat(e.code()).isEqualTo("CPIS-C025");
        assertThat(e.problems().get(0).message()).contains("0 NHS number(s) and 2 local id(s)");
        assertThat(e.problems().get(0).path()).endsWith("pertinentInformation2/pertinentCP-ISNHSQuery/queryByParameter/person.id/value");
        String twoNumbers = golden().replaceFirst("<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>",
                "<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>"
                        + "<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000034\"/>");
        assertThat(refused(twoNumbers).code()).isEqualTo("CPIS-C025");
    }

    @Test
    @DisplayName("CPIS-C026: every access of one record access names the same child")
    void oneRecordAccessIsOneChild() {
        String wire = golden().replace("<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>\n"
                + "            </person.id>\n          </queryByParameter>\n        </pertinentCP-ISNHSQuery>\n"
                + "      </pertinentInformation2>\n      <reference>",
                "<value root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000034\"/>\n"
                + "            </person.id>\n          </queryByParameter>\n        </pertinentCP-ISNHSQuery>\n"
                + "      </pertinentInformation2>\n      <reference>");
        assertThat(wire).isNotEqualTo(golden());
        DecodeException e = refused(wire);
        assertThat(e.code()).isEqualTo("CPIS-C026");
        assertThat(e.problems().get(0).message()).contains("9990000034", "9990000026");
        assertThat(e.problems().get(0).path()).endsWith("pertinentInformation1[2]/pertinentCP-ISRecordAccess"
                + "/pertinentInformation2[2]/pertinentCP-ISNHSQuery/queryByParameter/person.id");
        String localIdDiffers = golden().replaceFirst("extension=\"CH-000123\"", "extension=\"CH-000124\"");
        assertThat(refused(localIdDiffers).code()).isEqualTo("CPIS-C026");
    }

    @Test
    @DisplayName("CPIS-C020: the recipient LA and each author's organisation carry ODS codes")
    void odsCodesMustBeOdsCodes() {
        DecodeException e = refused(golden().replace("extension=\"X09\"", "extension=\"x 09\""));
        assertThat(e.code()).isEqualTo("CPIS-C020");
        assertThat(e.problems().get(0).path()).endsWith("representedSourceOrganization/id");
        DecodeException author = refused(golden().replace("extension=\"RX9\"", "extension=\"RX\""));
        assertThat(author.code()).isEqualTo("CPIS-C020");
        assertThat(author.problems().get(0).path()).endsWith("/author/COCT_TP145104GB01.System");
    }

    @Test
    @DisplayName("CPIS-C021: a person author needs an SDS user id, and a job role code has no spaces")
    void authorValues() {
        DecodeException noUser = refused(golden().replace(
                "<id root=\"1.2.826.0.1285.0.2.0.65\" extension=\"555000111222\"/>", "<id nullFlavor=\"NI\"/>"));
        assertThat(noUser.code()).isEqualTo("CPIS-C021");
        assertThat(noUser.problems().get(0).message()).contains("SDS user id");
        assertThat(noUser.problems().get(0).path()).endsWith("pertinentInformation2[3]/pertinentCP-ISNHSQuery/author"
                + "/COCT_TP145102GB01.AssignedAuthor/id");
        DecodeException role = refused(golden().replace("code=\"S0030:G0100:R0680\"", "code=\"S0030 R0680\""));
        assertThat(role.code()).isEqualTo("CPIS-C021");
        assertThat(role.problems().get(0).message()).contains("job role code");
    }

    @Test
    @DisplayName("Every problem of a notification is reported at once")
    void reportsEveryProblem() {
        String wire = golden().replace("<value value=\"5\"/>", "<value value=\"7\"/>")
                .replace("20240312091500+0000", "20240312096000+0000")
                .replace("extension=\"9990000026\"", "extension=\"1234567890\"");
        assertThat(refused(wire).problems()).extracting(Problem::code)
                .containsExactly("CPIS-C011", "CPIS-C010", "CPIS-C010", "CPIS-C024");
    }

    @Test
    @DisplayName("CPIS-C005: an Inactive NHS Number Notification is not an Access to Service Notification")
    void wrongMessage() {
        assertThatThrownBy(() -> codec.decode(GoldenFiles.bytes("inactive-nhs-number/several-subjects.wire.xml")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C005")
                .hasMessageContaining("CP-ISAccessToServiceNotification");
    }
}
