package org.cpis.gateway.codec.notification;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.gateway.codec.DecodeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InactiveNhsNumberNotificationCodecTest {

    private static final String FOLDER = "inactive-nhs-number";

    private final InactiveNhsNumberNotificationCodec codec = new InactiveNhsNumberNotificationCodec();

    /** The domain side of golden/inactive-nhs-number/several-subjects.wire.xml. */
    static InactiveNhsNumberNotification severalSubjects() {
        return new InactiveNhsNumberNotification(UUID.fromString("A1B2C3D4-E5F6-4789-8ABC-DEF012345678"),
                Instant.parse("2024-03-14T06:15:00Z"), new Organisation(OdsCode.of("X09"), "EXAMPLE COUNTY COUNCIL"),
                List.of(new InactiveSubject(NhsNumber.of("9990000034"), "CH-000456", NhsNumber.of("9990000042"), "43"),
                        new InactiveSubject(NhsNumber.of("9990000050"), "CH-000789", null, "44"),
                        new InactiveSubject(NhsNumber.of("9990000069"), null, NhsNumber.of("9990000077"), "44")));
    }

    /** The domain side of golden/inactive-nhs-number/single-without-replacement.wire.xml. */
    static InactiveNhsNumberNotification singleWithoutReplacement() {
        return new InactiveNhsNumberNotification(UUID.fromString("5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9"),
                Instant.parse("2024-03-14T06:15:00Z"), new Organisation(OdsCode.of("Y05"), "EXAMPLE CITY COUNCIL"),
                List.of(new InactiveSubject(NhsNumber.of("9990000085"), "Y05/2019/0042", null, "1207")));
    }

    @Test
    @DisplayName("CP-IS012: golden encode - several numbers, the new number only where PDS knows it")
    void encodesSeveralSubjects() {
        byte[] wire = codec.encode(severalSubjects());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(GoldenFiles.bytes(FOLDER + "/several-subjects.wire.xml"), wire);
    }

    @Test
    @DisplayName("CP-IS012: golden decode - inactive numbers, replacements when known, local ids and upload files")
    void decodesSeveralSubjects() {
        InactiveNhsNumberNotification n = codec.decode(GoldenFiles.bytes(FOLDER + "/several-subjects.wire.xml"));
        assertThat(n).isEqualTo(severalSubjects());
        assertThat(n.subjects()).extracting(s -> s.replacementIfKnown().map(NhsNumber::value).orElse("none"))
                .containsExactly("9990000042", "none", "9990000077");
    }

    @Test
    @DisplayName("CP-IS012: golden pair - one number without a known replacement")
    void singleWithoutReplacementPair() {
        byte[] golden = GoldenFiles.bytes(FOLDER + "/single-without-replacement.wire.xml");
        byte[] wire = codec.encode(singleWithoutReplacement());
        GoldenFiles.assertSchemaValid(wire);
        GoldenFiles.assertSameXml(golden, wire);
        assertThat(codec.decode(golden)).isEqualTo(singleWithoutReplacement());
    }

    @Test
    @DisplayName("Round trip over 200 seeds: random notification -> wire (schema-valid) -> the same notification")
    void roundTrips() {
        for (long seed = 1; seed <= 200; seed++) {
            InactiveNhsNumberNotification n = new NotificationGenerator(seed).inactiveNhsNumbers();
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
        return GoldenFiles.text(FOLDER + "/several-subjects.wire.xml");
    }

    @Test
    @DisplayName("CPIS-C010: the inactive NHS number must pass Modulus 11")
    void inactiveNumberMustBeValid() {
        DecodeException e = refused(golden().replace("extension=\"9990000050\"", "extension=\"9990000051\""));
        assertThat(e.code()).isEqualTo("CPIS-C010");
        assertThat(e.problems().get(0).message()).contains("9990000051");
        assertThat(e.problems().get(0).path()).isEqualTo("/CP-ISInactiveNHSNumberNotification/subject[2]/pDSInactivePatient/id");
    }

    @Test
    @DisplayName("CPIS-C010: the replacing NHS number must be a new-style number too")
    void replacementMustBeValid() {
        DecodeException e = refused(golden().replace("<id extension=\"9990000077\"/>", "<id extension=\"999000007\"/>"));
        assertThat(e.code()).isEqualTo("CPIS-C010");
        assertThat(e.problems().get(0).message()).contains("10 digits");
        assertThat(e.problems().get(0).path())
                .isEqualTo("/CP-ISInactiveNHSNumberNotification/subject[3]/pDSInactivePatient/replacedBy/newVersion/id");
    }

    @Test
    @DisplayName("CPIS-C011: the notification's effectiveTime must be a real date and time")
    void timeMustBeReal() {
        DecodeException e = refused(golden().replace("20240314061500+0000", "20230229061500+0000"));
        assertThat(e.code()).isEqualTo("CPIS-C011");
        assertThat(e.problems().get(0).path()).isEqualTo("/CP-ISInactiveNHSNumberNotification/effectiveTime");
    }

    @Test
    @DisplayName("CPIS-C025: a subject is one NHS number and at most one local id")
    void subjectIdsMustBeOneNhsNumber() {
        String wire = golden().replace("<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000069\"/>",
                "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"CH-1\"/>");
        DecodeException e = refused(wire);
        assertThat(e.code()).isEqualTo("CPIS-C025");
        assertThat(e.problems().get(0).path()).isEqualTo("/CP-ISInactiveNHSNumberNotification/subject[3]/pDSInactivePatient/id");
    }

    @Test
    @DisplayName("CPIS-C020: the recipient LA carries an ODS code")
    void recipientOdsCode() {
        assertThat(refused(golden().replace("extension=\"X09\"", "extension=\"X0-9\"")).code()).isEqualTo("CPIS-C020");
    }

    @Test
    @DisplayName("CPIS-C003: a notification without subject is refused by the schema")
    void atLeastOneSubject() {
        String wire = golden().replaceAll("(?s)<subject>.*</subject>", "");
        assertThat(refused(wire).code()).isEqualTo("CPIS-C003");
    }

    @Test
    @DisplayName("CPIS-C005: an Access to Service Notification is not an Inactive NHS Number Notification")
    void wrongMessage() {
        assertThatThrownBy(() -> codec.decode(GoldenFiles.bytes("access-to-service" + "/" + "empty.wire.xml")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("CPIS-C005");
    }
}
