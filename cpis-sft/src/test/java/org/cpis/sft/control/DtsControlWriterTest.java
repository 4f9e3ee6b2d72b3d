package org.cpis.sft.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.Status;
import org.junit.jupiter.api.Test;

class DtsControlWriterTest {

    private final DtsControlWriter writer = new DtsControlWriter();
    private final DtsControlReader reader = new DtsControlReader();

    private static final StatusRecord TRANSFERRED = new StatusRecord(LocalDateTime.of(2026, 3, 1, 9, 30, 5),
            Event.TRANSFER, Status.SUCCESS, "00", "Transferred to recipient mailbox");

    @Test
    void writesTheElementsInTheDigestsOrderOnePerLine() {
        DtsControl control = DtsControl.data().statusRecord(TRANSFERRED).isCompressed(false).dtsId("20260301_3A9F1C")
                .localId("UPLOAD-1").subject("Acknowledgement").toDts("X26OT001").fromDts("CPIS0001")
                .workflowId("CPIS_UPLOAD_ACK").addressType(AddressType.ALL).build();

        String written = new String(writer.toBytes(control), StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <DTSControl>
                  <Version>1.0</Version>
                  <AddressType>ALL</AddressType>
                  <MessageType>Data</MessageType>
                  <WorkflowId>CPIS_UPLOAD_ACK</WorkflowId>
                  <From_DTS>CPIS0001</From_DTS>
                  <To_DTS>X26OT001</To_DTS>
                  <Subject>Acknowledgement</Subject>
                  <LocalId>UPLOAD-1</LocalId>
                  <DTSId>20260301_3A9F1C</DTSId>
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
    }

    @Test
    void everyElementSurvivesAWriteAndARead() throws ControlFileException {
        DtsControl control = new DtsControl("1.0", AddressType.SMTP, ControlValues.MessageType.DATA, "WF", "A1",
                "B2", "a@example.org", "b@example.org", "Subject <&> \"quoted\" é", "local", "dts", "partner",
                true, false, true, "process", "checksum", true, TRANSFERRED);

        DtsControl back = reader.read(new ByteArrayInputStream(writer.toBytes(control)));

        assertThat(back).isEqualTo(control);
    }

    @Test
    void aControlFileThatBreaksARuleCannotBeBuilt() {
        assertThatThrownBy(() -> DtsControl.data().workflowId("WF").fromDts("A").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("To_DTS");
        assertThatThrownBy(() -> DtsControl.report().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StatusRecord");
        assertThatThrownBy(() -> DtsControl.data().workflowId("WF").fromDts("A").toDts("B").localId("x".repeat(256))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CPIS-F007 LocalId");
        assertThatThrownBy(() -> DtsControl.data().workflowId("WF").fromDts("A").toDts("B").subject("a\nb").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Subject");
        assertThatThrownBy(() -> new StatusRecord(LocalDateTime.now(), Event.SEND, Status.ERROR, "6", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StatusCode");
    }
}
