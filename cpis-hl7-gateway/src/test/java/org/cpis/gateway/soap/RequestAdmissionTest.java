package org.cpis.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.namespace.QName;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.cpis.gateway.soap.testing.QueryRequests;
import org.junit.jupiter.api.Test;

/** The door of the endpoint, without HTTP: what it reads of an envelope, and what it refuses. */
class RequestAdmissionTest {

    private static final String ACTION = QueryServiceNames.REQUEST_ACTION;
    private final RequestAdmission admission = new RequestAdmission(
            new EnvelopeScanner(new XmlLimits(64 * 1024, 64, 32)), 64 * 1024);

    private static String body(String id, String sender) {
        return "<hl7:QUPC_IN000006GB01><hl7:id root=\"" + id + "\"/>"
                + "<hl7:communicationFunctionRcv><hl7:device><hl7:id extension=\"928942012545\"/></hl7:device></hl7:communicationFunctionRcv>"
                + "<hl7:communicationFunctionSnd><hl7:device><hl7:id extension=\"" + sender + "\"/></hl7:device></hl7:communicationFunctionSnd>"
                + "</hl7:QUPC_IN000006GB01>";
    }

    private RequestEnvelope admit(String envelope, String soapAction) {
        return admission.admit(envelope.getBytes(StandardCharsets.UTF_8), soapAction);
    }

    @Test
    void readsTheAddressingHeadersTheAsidsAndTheHl7MessageId() {
        String id = "3325D22C-385A-4ADC-AA02-88E074403A17";
        String envelope = QueryRequests.envelope("uuid:" + id, ACTION, "200000000123", body(id, "200000000123"));

        RequestEnvelope read = admit(envelope, "\"" + ACTION + "\"");

        assertThat(read.messageId()).isEqualTo("uuid:" + id);
        assertThat(read.action()).isEqualTo(ACTION);
        assertThat(read.to()).isEqualTo("https://cpis.example/cpisquery");
        assertThat(read.from()).isEqualTo("https://ed.example/client");
        assertThat(read.replyTo()).isEqualTo("https://ed.example/replies");
        assertThat(read.senderAsid()).isEqualTo("200000000123");
        assertThat(read.receiverAsid()).isEqualTo(QueryRequests.CPIS_ASID);
        assertThat(read.hl7SenderAsid()).isEqualTo("200000000123");
        assertThat(read.hl7ReceiverAsid()).isEqualTo("928942012545");
        assertThat(read.bodyElement()).isEqualTo(new QName("urn:hl7-org:v3", "QUPC_IN000006GB01"));
        assertThat(read.acknowledgedMessageId()).contains(UUID.fromString(id));
        assertThat(read.sizeBytes()).isEqualTo(envelope.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theSoapActionMayComeWithoutQuotesAndTheMessageIdStandsInForAnUnreadableHl7Id() {
        UUID id = UUID.randomUUID();
        RequestEnvelope read = admit(QueryRequests.envelope("uuid:" + id, ACTION, "200000000123",
                body("not-a-uuid", "200000000123")), ACTION);

        assertThat(read.acknowledgedMessageId()).contains(id);
    }

    @Test
    void refusesInTheOrderOfTheChecks() {
        String ok = body(UUID.randomUUID().toString().toUpperCase(), "200000000123");
        assertRefused(QueryRequests.envelope("uuid:1", ACTION, "200000000123", ok), "urn:x", SoapFaultCode.UNKNOWN_ACTION);
        assertRefused(QueryRequests.envelope("uuid:1", null, "200000000123", ok), ACTION, SoapFaultCode.ADDRESSING_ACTION);
        assertRefused(QueryRequests.envelope(null, ACTION, "200000000123", ok), ACTION, SoapFaultCode.MESSAGE_ID_MISSING);
        assertRefused(QueryRequests.envelope("uuid:1", ACTION, "200000000123", ok + ok), ACTION, SoapFaultCode.NOT_A_QUERY);
        assertRefused(QueryRequests.envelope("not-a-uuid", ACTION, "200000000123", body("x", "200000000123")), ACTION,
                SoapFaultCode.MESSAGE_ID_MISSING);
        assertRefused("<?xml version=\"1.0\"?><!DOCTYPE a><a/>", ACTION, SoapFaultCode.REFUSED_BEFORE_READING);
        assertRefused("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + "<b>".repeat(70)
                + "</b>".repeat(70) + "</s:Body></s:Envelope>", ACTION, SoapFaultCode.REFUSED_BEFORE_READING);
        assertRefused("<a>" + "<b>".repeat(70) + "</b>".repeat(70) + "</a>", ACTION, SoapFaultCode.NOT_AN_ENVELOPE);
        assertRefused("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header/></s:Envelope>", ACTION,
                SoapFaultCode.NOT_AN_ENVELOPE);
        assertRefused("x".repeat(64 * 1024 + 1), ACTION, SoapFaultCode.TOO_LARGE);
    }

    private void assertRefused(String envelope, String soapAction, SoapFaultCode code) {
        assertThatThrownBy(() -> admit(envelope, soapAction)).isInstanceOfSatisfying(EnvelopeRefusal.class,
                refusal -> assertThat(refusal.code()).as(refusal.getMessage()).isEqualTo(code));
    }
}
