package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryRequestTemplateTest {

    private static final Asid ED = Asid.of("200000000123");
    private static final QueryRequestTemplate TEMPLATE = QueryRequestTemplate.of(ED,
            new Organisation(OdsCode.of("RX1"), "Example University Hospitals NHS Trust"),
            JobRoleCode.of("S0030:G0100:R0570"), "https://localhost:8443/cpisquery");

    @Test
    @DisplayName("CP-IS013: a rendered request is an NHS Query the codec reads back with this request's ids, time,"
            + " child and user")
    void renderedRequestDecodes() {
        UUID messageId = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        UUID queryId = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        Instant now = Instant.parse("2026-03-01T10:00:01Z");

        String envelope = TEMPLATE.render(messageId, queryId, now, NhsNumber.of("9990000018"),
                new BenchUser("555000000101", "555000100101"));
        NhsQueryMessage message = new NhsQueryCodec().decode(body(envelope));

        assertThat(message.header().messageId()).isEqualTo(messageId);
        assertThat(message.header().creationTime()).isEqualTo(now);
        assertThat(message.header().senderAsid()).isEqualTo(ED.value());
        assertThat(message.query().queryId()).isEqualTo(queryId);
        assertThat(message.query().queryTime()).isEqualTo(now);
        assertThat(message.query().nhsNumber()).isEqualTo(NhsNumber.of("9990000018"));
        assertThat(message.query().recordAccess()).isTrue();
        QueryAuthor.Person author = (QueryAuthor.Person) message.query().author();
        assertThat(author.sdsUserId()).isEqualTo("555000000101");
        assertThat(author.sdsRoleProfileId()).isEqualTo("555000100101");
        assertThat(message.controlAct().personIfAny().orElseThrow().userId()).isEqualTo("555000000101");
        assertThat(envelope).contains("<wsa:MessageID>uuid:0F8FAD5B-D9CB-469F-A165-70867728950E</wsa:MessageID>")
                .contains("<wsa:Action>" + QueryRequestTemplate.ACTION + "</wsa:Action>")
                .contains("<wsa:To>https://localhost:8443/cpisquery</wsa:To>")
                .contains("extension=\"200000000123\"/></hl7:device></hl7:communicationFunctionSnd>")
                .doesNotContain("AAAAAAAA").doesNotContain("9999999999").doesNotContain("777777777777");
        assertThat(QueryRequestTemplate.addressingId(messageId)).isEqualTo("uuid:0F8FAD5B-D9CB-469F-A165-70867728950E");
    }

    @Test
    @DisplayName("The request stream: new ids every time, children and users taken from the lists, all decodable")
    void requestStream() {
        List<NhsNumber> children = DemoChildren.numbers(5);
        List<BenchUser> users = List.of(new BenchUser("555900000001", "555800000001"),
                new BenchUser("555900000002", "555800000002"));
        NhsQueryRequests requests = new NhsQueryRequests(TEMPLATE, children, users,
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        NhsQueryCodec codec = new NhsQueryCodec();

        for (int i = 0; i < 50; i++) {
            BenchRequest first = requests.next();
            BenchRequest second = requests.next();
            assertThat(first.addressingId()).isNotEqualTo(second.addressingId());
            NhsQueryMessage message = codec.decode(body(first.body()));
            assertThat(QueryRequestTemplate.addressingId(message.header().messageId())).isEqualTo(first.addressingId());
            assertThat(message.header().messageId().version()).isEqualTo(4);
            assertThat(children).contains(message.query().nhsNumber());
            assertThat(users).extracting(BenchUser::userId)
                    .contains(((QueryAuthor.Person) message.query().author()).sdsUserId());
            assertThat(message.query().queryId()).isNotEqualTo(codec.decode(body(second.body())).query().queryId());
        }
    }

    private static byte[] body(String envelope) {
        int start = envelope.indexOf("<SOAP-ENV:Body>") + "<SOAP-ENV:Body>".length();
        int end = envelope.indexOf("</SOAP-ENV:Body>");
        return envelope.substring(start, end).getBytes(StandardCharsets.UTF_8);
    }
}
