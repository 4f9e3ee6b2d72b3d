package org.cpis.sft.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.MessageType;
import org.cpis.sft.control.ControlValues.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DtsControlReaderTest {

    private final DtsControlReader reader = new DtsControlReader();

    /** The LA's OUT control file as the digest's example has it (MESH-AND-SFT.md §3.3). */
    static final String OUT_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DTSControl>
              <Version>1.0</Version>
              <AddressType>DTS</AddressType>
              <MessageType>Data</MessageType>
              <WorkflowId>CPIS_UPLOAD</WorkflowId>
              <From_DTS>X26OT001</From_DTS>
              <To_DTS>CPIS0001</To_DTS>
              <Subject>CP-IS Local Authority Upload</Subject>
              <LocalId>UPLOAD-000123</LocalId>
              <Compress>Y</Compress>
              <AllowChunking>Y</AllowChunking>
              <Encrypted>N</Encrypted>
            </DTSControl>
            """;

    private DtsControl read(String xml) throws ControlFileException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A Data control file whose elements between To_DTS and the end are {@code extra}. */
    private static String data(String extra) {
        return "<DTSControl><Version>1.0</Version><AddressType>DTS</AddressType><MessageType>Data</MessageType>"
                + "<WorkflowId>CPIS_UPLOAD</WorkflowId><From_DTS>X26OT001</From_DTS><To_DTS>CPIS0001</To_DTS>"
                + extra + "</DTSControl>";
    }

    private ControlFileException refusal(String xml) {
        try {
            read(xml);
        } catch (ControlFileException e) {
            return e;
        }
        throw new AssertionError("the control file was read: " + xml);
    }

    @Test
    void readsTheOutControlFileAnLaWrites() throws ControlFileException {
        DtsControl control = read(OUT_EXAMPLE);

        assertThat(control).isEqualTo(DtsControl.data().addressType(AddressType.DTS).workflowId("CPIS_UPLOAD")
                .fromDts("X26OT001").toDts("CPIS0001").subject("CP-IS Local Authority Upload")
                .localId("UPLOAD-000123").compress(true).allowChunking(true).encrypted(false).build());
    }

    @Test
    void readsAControlFileMeshWroteIntoIn() throws ControlFileException {
        DtsControl control = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by MESH -->
                <DTSControl>
                  <Version>1.0</Version>
                  <AddressType>ALL</AddressType>
                  <MessageType>Data</MessageType>
                  <WorkflowId>CPIS_UPLOAD_ACK</WorkflowId>
                  <From_DTS>CPIS0001</From_DTS>
                  <To_DTS>X26OT001</To_DTS>
                  <From_ESMTP/>
                  <To_ESMTP></To_ESMTP>
                  <Subject>Acknowledgement</Subject>
                  <LocalId>UPLOAD-000123</LocalId>
                  <DTSId>20260301093000123_3A9F1C</DTSId>
                  <PartnerId/>
                  <Compress>N</Compress>
                  <Encrypted>N</Encrypted>
                  <ProcessId/>
                  <DataCheckSum>abc123</DataCheckSum>
                  <IsCompressed>N</IsCompressed>
                  <StatusRecord>
                    <DateTime>20260301093005</DateTime>
                    <Event>TRANSFER</Event>
                    <Status>SUCCESS</Status>
                    <StatusCode>00</StatusCode>
                    <Description>Transferred to recipient mailbox</Description>
                  </StatusRecord>
                </DTSControl>
                """);

        assertThat(control.addressType()).isEqualTo(AddressType.ALL);
        assertThat(control.fromEsmtp()).as("an empty element is absent").isNull();
        assertThat(control.partnerId()).isNull();
        assertThat(control.dtsId()).isEqualTo("20260301093000123_3A9F1C");
        assertThat(control.dataChecksum()).as("ciao's spelling DataCheckSum").isEqualTo("abc123");
        assertThat(control.isCompressed()).isFalse();
        assertThat(control.statusRecord()).isEqualTo(new StatusRecord(LocalDateTime.of(2026, 3, 1, 9, 30, 5),
                Event.TRANSFER, Status.SUCCESS, "00", "Transferred to recipient mailbox"));
    }

    @Test
    void readsAReportWithoutAddresses() throws ControlFileException {
        DtsControl control = read("<DTSControl><Version>1.0</Version><MessageType>Report</MessageType>"
                + "<LocalId>UPLOAD-1</LocalId><StatusRecord><DateTime>20260301093005</DateTime><Event>SEND</Event>"
                + "<Status>ERROR</Status><StatusCode>14</StatusCode></StatusRecord></DTSControl>");

        assertThat(control.messageType()).isEqualTo(MessageType.REPORT);
        assertThat(control.statusRecord().statusCode()).isEqualTo("14");
        assertThat(control.statusRecord().description()).isNull();
    }

    @Test
    void elementsTheDigestDoesNotNameArePassedOver() throws ControlFileException {
        DtsControl control = read(data("<FutureElement>x</FutureElement><Subject>s</Subject>"));

        assertThat(control.subject()).isEqualTo("s");
    }

    @Test
    void aMissingElementNamesTheNearMissWrittenInstead() {
        ControlFileException e = refusal(data("").replace("WorkflowId>", "WorkflowID>"));

        assertThat(e.problem()).isEqualTo(ControlFileProblem.MISSING);
        assertThat(e.element()).isEqualTo("WorkflowId");
        assertThat(e.getMessage()).isEqualTo("CPIS-F004 WorkflowId: a Data control file names its WorkflowId;"
                + " found WorkflowID instead (element names are case-sensitive)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no Version        | <DTSControl><MessageType>Data</MessageType></DTSControl>                   | Version",
        "empty Version     | <DTSControl><Version> </Version><MessageType>Data</MessageType></DTSControl> | Version",
        "no MessageType    | <DTSControl><Version>1.0</Version></DTSControl>                            | MessageType",
        "Data without To   | <DTSControl><Version>1.0</Version><MessageType>Data</MessageType><WorkflowId>W</WorkflowId><From_DTS>A</From_DTS></DTSControl> | To_DTS",
        "Data without From | <DTSControl><Version>1.0</Version><MessageType>Data</MessageType><WorkflowId>W</WorkflowId><To_DTS>A</To_DTS></DTSControl> | From_DTS",
        "Report without StatusRecord | <DTSControl><Version>1.0</Version><MessageType>Report</MessageType></DTSControl> | StatusRecord",
        "StatusRecord without StatusCode | <DTSControl><Version>1.0</Version><MessageType>Report</MessageType><StatusRecord><DateTime>20260301093005</DateTime><Event>SEND</Event><Status>ERROR</Status></StatusRecord></DTSControl> | StatusRecord/StatusCode",
    })
    void aMissingRequiredElementIsNamed(String why, String xml, String element) {
        ControlFileException e = refusal(xml);

        assertThat(e.problem()).isEqualTo(ControlFileProblem.MISSING);
        assertThat(e.element()).isEqualTo(element);
        assertThat(e.getMessage()).startsWith("CPIS-F004 " + element + ": ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MessageType in capitals | DATA     | MessageType | 'DATA' is not allowed; use Data or Report",
        "unknown AddressType     | X400     | AddressType | 'X400' is not allowed; use DTS, SMTP or ALL",
        "Compress spelt out      | yes      | Compress    | 'yes' is not allowed; use Y or N",
        "Version 2.0             | 2.0      | Version     | '2.0' is not allowed; use 1.0",
    })
    void aValueNotAllowedIsNamedWithTheValuesThatAre(String why, String value, String element, String detail) {
        String xml = switch (element) {
            case "MessageType" -> data("").replace("<MessageType>Data<", "<MessageType>" + value + "<");
            case "AddressType" -> data("").replace("<AddressType>DTS<", "<AddressType>" + value + "<");
            case "Version" -> data("").replace("<Version>1.0<", "<Version>" + value + "<");
            default -> data("<" + element + ">" + value + "</" + element + ">");
        };

        ControlFileException e = refusal(xml);

        assertThat(e.problem()).isEqualTo(ControlFileProblem.NOT_ALLOWED);
        assertThat(e.getMessage()).isEqualTo("CPIS-F006 " + element + ": " + detail);
    }

    @Test
    void statusRecordValuesAreChecked() {
        String report = "<DTSControl><Version>1.0</Version><MessageType>Report</MessageType><StatusRecord>"
                + "<DateTime>%s</DateTime><Event>%s</Event><Status>%s</Status><StatusCode>%s</StatusCode>"
                + "</StatusRecord></DTSControl>";

        assertThat(refusal(report.formatted("20260230093005", "SEND", "ERROR", "14")))
                .returns(ControlFileProblem.BAD_DATE_TIME, ControlFileException::problem)
                .returns("StatusRecord/DateTime", ControlFileException::element);
        assertThat(refusal(report.formatted("2026-03-01T09:30", "SEND", "ERROR", "14")).problem())
                .isEqualTo(ControlFileProblem.BAD_DATE_TIME);
        assertThat(refusal(report.formatted("20260301093005", "UPLOAD", "ERROR", "14")).getMessage())
                .isEqualTo("CPIS-F006 StatusRecord/Event: 'UPLOAD' is not allowed; use COLLECT, TRANSFER, SEND or"
                        + " RECEIVE");
        assertThat(refusal(report.formatted("20260301093005", "SEND", "FAILED", "14")).element())
                .isEqualTo("StatusRecord/Status");
        assertThat(refusal(report.formatted("20260301093005", "SEND", "ERROR", "6")).element())
                .isEqualTo("StatusRecord/StatusCode");
    }

    @Test
    void valuesLongerThanTheDigestsLimitsAreRefused() {
        assertThat(refusal(data("<LocalId>" + "L".repeat(256) + "</LocalId>")).getMessage())
                .isEqualTo("CPIS-F007 LocalId: 256 characters; at most 255");
        assertThat(refusal(data("<DTSId>" + "D".repeat(101) + "</DTSId>")).element()).isEqualTo("DTSId");
        assertThat(refusal(data("").replace("CPIS_UPLOAD", "W".repeat(301))).element()).isEqualTo("WorkflowId");
        assertThat(refusal(data("<PartnerId>" + "P".repeat(256) + "</PartnerId>")).problem())
                .isEqualTo(ControlFileProblem.TOO_LONG);
    }

    @Test
    void valuesAtTheLimitsAreRead() throws ControlFileException {
        DtsControl control = read(data("<LocalId>" + "L".repeat(255) + "</LocalId><DTSId>" + "D".repeat(100)
                + "</DTSId>").replace("CPIS_UPLOAD", "W".repeat(300)));

        assertThat(control.localId()).hasSize(255);
        assertThat(control.workflowId()).hasSize(300);
    }

    @Test
    void controlCharactersInAValueAreRefused() {
        ControlFileException e = refusal(data("<Subject>one&#10;mex-To: X99</Subject>"));

        assertThat(e.problem()).isEqualTo(ControlFileProblem.NOT_ALLOWED);
        assertThat(e.element()).isEqualTo("Subject");
    }

    @Test
    void aRepeatedElementIsRefused() {
        assertThat(refusal(data("<LocalId>a</LocalId><LocalId>b</LocalId>")))
                .returns(ControlFileProblem.REPEATED, ControlFileException::problem)
                .returns("LocalId", ControlFileException::element);
        String twice = "<StatusRecord><DateTime>20260301093005</DateTime><Event>SEND</Event><Status>ERROR</Status>"
                + "<StatusCode>14</StatusCode></StatusRecord>";
        assertThat(refusal(data(twice + twice)).element()).isEqualTo("StatusRecord");
    }

    @Test
    void elementsWhereTextBelongsAndTextWhereElementsBelongAreRefused() {
        assertThat(refusal(data("<Subject><b>bold</b></Subject>")))
                .returns(ControlFileProblem.NOT_TEXT, ControlFileException::problem)
                .returns("Subject", ControlFileException::element);
        assertThat(refusal(data("stray words")))
                .returns(ControlFileProblem.NOT_TEXT, ControlFileException::problem)
                .returns("DTSControl", ControlFileException::element);
    }

    @Test
    void aFileThatIsNotXmlSaysWhere() {
        ControlFileException e = refusal("<DTSControl>\n<Version>1.0</Version>\n<MessageType>Data</Message>");

        assertThat(e.problem()).isEqualTo(ControlFileProblem.NOT_XML);
        assertThat(e.getMessage()).startsWith("CPIS-F001 line 3, column ");
        assertThat(refusal("").problem()).isEqualTo(ControlFileProblem.NOT_XML);
        assertThat(refusal("not xml at all").problem()).isEqualTo(ControlFileProblem.NOT_XML);
    }

    @Test
    void anotherRootElementIsRefused() {
        assertThat(refusal("<MESHControl><Version>1.0</Version></MESHControl>").getMessage())
                .isEqualTo("CPIS-F003 the root element is MESHControl, not DTSControl");
        assertThat(refusal("<DTSControl xmlns=\"urn:x\"><Version>1.0</Version></DTSControl>").problem())
                .isEqualTo(ControlFileProblem.NOT_DTS_CONTROL);
    }

    @Test
    @DisplayName("a DOCTYPE (external entity, entity expansion) is refused before anything is read")
    void aDoctypeIsRefused(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE DTSControl [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + data("<Subject>&x;</Subject>");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE DTSControl [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + data("<Subject>&c;</Subject>");

        for (String xml : new String[] {xxe, bomb}) {
            ControlFileException e = refusal(xml);
            assertThat(e.problem()).isEqualTo(ControlFileProblem.REFUSED);
            assertThat(e.getMessage()).startsWith("CPIS-F002 CPIS-X001").doesNotContain("SECRET");
        }
    }

    @Test
    void aControlFileLargerThan64KiBIsRefused() {
        ControlFileException e = refusal(data("<!--" + "x".repeat(70_000) + "-->"));

        assertThat(e.problem()).isEqualTo(ControlFileProblem.REFUSED);
        assertThat(e.getMessage()).contains("CPIS-X002");
    }

    @Test
    void aFileThatCannotBeReadIsSaidToBeUnreadable(@TempDir Path folder) {
        assertThatThrownBy(() -> reader.read(folder.resolve("gone.ctl")))
                .isInstanceOfSatisfying(ControlFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ControlFileProblem.UNREADABLE))
                .hasMessageStartingWith("CPIS-F010 NoSuchFileException");
    }
}
