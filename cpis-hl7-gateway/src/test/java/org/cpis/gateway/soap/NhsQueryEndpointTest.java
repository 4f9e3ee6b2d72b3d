package org.cpis.gateway.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cpis.core.access.QueryAccessPolicy;
import org.cpis.core.access.Transmission;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;
import org.cpis.core.query.QueryRefusalAudit;
import org.cpis.core.query.QueryService;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryAccreditedSystems;
import org.cpis.core.testing.InMemoryRoleDirectory;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.InMemoryTransmissionLog;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.testing.SequentialIds;
import org.cpis.gateway.soap.testing.QueryRequests;
import org.cpis.gateway.soap.testing.SoapAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The NHS Query endpoint end to end over HTTP with the core's in-memory stores (plain-HTTP demo transport: the
 * certificate is the one registered for the ASID the message claims). Mutual TLS and PostgreSQL are proven in
 * cpis-server ({@code NhsQueryServiceIT}).
 */
class NhsQueryEndpointTest {

    static final String ED = "200000000123";
    static final String UNREGISTERED = "200000000999";
    static final long MAX_BYTES = 64 * 1024;

    static final InMemoryStore STORE = new InMemoryStore();
    static final BreakableTransactions TRANSACTIONS = new BreakableTransactions(STORE);
    static final MutableClock CLOCK = MutableClock.at("2026-03-01T10:00:00Z");
    static final InMemoryAccreditedSystems SYSTEMS = new InMemoryAccreditedSystems();
    static final InMemoryRoleDirectory ROLES = new InMemoryRoleDirectory();
    static final InMemoryTransmissionLog TRANSMISSIONS = new InMemoryTransmissionLog();
    static NhsQueryEndpoint endpoint;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        SYSTEMS.register(ED, "Example ED system", InMemoryAccreditedSystems.fingerprint("ED certificate"), false);
        ROLES.user("555000000101", "RP555000000101", "S0030:G0100:R0570", "B0107", "B0264");
        ROLES.user("555000000102", "RP555000000102", "S0030:G0100:R0680", "B0107");
        ROLES.user("555000000104", "RP555000000104", "R8008", "B0264");
        ROLES.user("555000000105", "RP555000000105", "S0030:G0100:R0570", "B0107");
        ROLES.setEnabled("555000000105", false);
        EndpointServices services = new EndpointServices(
                new QueryService(TRANSACTIONS, Fixtures.emptyDirectory(), CLOCK, UnbornPlanAccessPolicy.standard()),
                QueryAccessPolicy.standard(SYSTEMS, ROLES), new QueryRefusalAudit(TRANSACTIONS, CLOCK),
                TRANSMISSIONS, SYSTEMS, CLOCK, new SequentialIds());
        endpoint = NhsQueryEndpoint.start(EndpointSettings.plainHttpForDemo(0, "/cpisquery")
                .withMaxRequestBytes(MAX_BYTES), services);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    static void hold(LocalAuthorityEntry entry) {
        STORE.inTransaction(s -> s.records().replace(entry));
    }

    static SoapAnswer post(String body, String soapAction) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.address()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        return send(request.build());
    }

    static SoapAnswer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new SoapAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static SoapAnswer ask(QueryRequests.Request request) {
        return post(request.envelope(), "\"" + QueryRequests.ACTION + "\"");
    }

    static QueryAuthor.Person person(String userId, String jobRole) {
        return new QueryAuthor.Person(userId, "RP" + userId, org.cpis.core.model.JobRoleCode.of(jobRole), "Role",
                org.cpis.core.model.WorkerName.of("Sample", "User" + userId), Fixtures.ED);
    }

    static final QueryAuthor.Person NURSE = person("555000000101", "S0030:G0100:R0570");
    static final QueryAuthor.Person MIDWIFE = person("555000000102", "S0030:G0100:R0680");

    static List<AccessEvent> accessesOf(UUID queryId) {
        return STORE.allAccessEvents().stream().filter(a -> a.queryId().equals(queryId)).toList();
    }

    static List<Transmission> transmissionsOf(String messageId) {
        return TRANSMISSIONS.all().stream().filter(t -> messageId.equals(t.messageId())).toList();
    }

    @Nested
    @DisplayName("Answers")
    class Answers {

        @Test
        @DisplayName("CP-IS044 CP-IS046 CP-IS067: a visible record is a REPC_IN000007GB01 inside CP-ISNHSQueryResponse,"
                + " with Spine's headers, after the access event was stored")
        void found() {
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);

            SoapAnswer answer = ask(request);

            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.bodyElement()).isEqualTo("CP-ISNHSQueryResponse");
            assertThat(answer.value("/s:Envelope/s:Body/hl7:CP-ISNHSQueryResponse/hl7:REPC_IN000007GB01/hl7:interactionId/@extension"))
                    .isEqualTo("REPC_IN000007GB01");
            assertThat(answer.value("//hl7:record/hl7:communicationFunctionSnd/hl7:organisation/hl7:id/@extension"))
                    .isEqualTo("X09");
            assertThat(answer.header("Action")).isEqualTo("urn:nhs:names:services:cpisquery/REPC_IN000007GB01");
            assertThat(answer.header("RelatesTo")).isEqualTo(request.addressingId());
            assertThat(answer.header("MessageID")).matches("uuid:[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")
                    .isEqualTo("uuid:" + answer.value("//hl7:REPC_IN000007GB01/hl7:id/@root"));
            assertThat(answer.header("To")).isEqualTo("https://ed.example/replies");
            assertThat(answer.value("/s:Envelope/s:Header/wsa:From/wsa:Address")).isEqualTo("https://cpis.example/cpisquery");
            assertThat(answer.value("/s:Envelope/s:Header/hl7:communicationFunctionRcv/hl7:device/hl7:id/@extension")).isEqualTo(ED);
            assertThat(answer.value("/s:Envelope/s:Header/hl7:communicationFunctionSnd/hl7:device/hl7:id/@extension"))
                    .isEqualTo(QueryRequests.CPIS_ASID);
            assertThat(answer.value("//hl7:REPC_IN000007GB01/hl7:communicationFunctionRcv/hl7:device/hl7:id/@extension")).isEqualTo(ED);
            assertThat(accessesOf(request.queryId())).hasSize(1);
        }

        @Test
        @DisplayName("CP-IS051 CP-NHS010: the LA's child id, delete dates and the child's birth date never leave")
        void nothingPrivateLeaves() {
            hold(new LocalAuthorityEntry(NhsNumber.of("9990000034"), Fixtures.la(LA_X), "SECRET-LOCAL-ID", SubjectKind.CHILD,
                    java.time.LocalDate.parse("2016-07-01"), List.of(Fixtures.plan(PlanType.CPP, "2025-01-01", null, "2027-01-01")),
                    "1", Instant.parse("2026-01-01T00:00:00Z")));

            SoapAnswer answer = ask(QueryRequests.query("9990000034", NURSE, ED));

            assertThat(answer.bodyElement()).isEqualTo("CP-ISNHSQueryResponse");
            assertThat(answer.text()).doesNotContain("SECRET-LOCAL-ID").doesNotContain("20160701")
                    .doesNotContain("202701010000").doesNotContain("2.16.840.1.113883.2.1.3.2.4.18.24");
        }

        @Test
        @DisplayName("CP-IS015: no record is QUQI_IN010000UK14 AE 'NHS Number Not Found', code ID, and no access event")
        void notFound() {
            QueryRequests.Request request = QueryRequests.query("9990000026", NURSE, ED);

            SoapAnswer answer = ask(request);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.value("/s:Envelope/s:Body/hl7:CP-ISNHSQueryResponse/hl7:QUQI_IN010000UK14/hl7:acknowledgement/@typeCode"))
                    .isEqualTo("AE");
            assertThat(answer.value("//hl7:QUQI_IN010000UK14/hl7:acknowledgement/hl7:messageRef/hl7:id/@root"))
                    .isEqualTo(request.messageId().toString().toUpperCase());
            assertThat(answer.reasonCodes()).containsExactly("1", "NHSNCC002");
            assertThat(answer.reasonDisplays()).containsOnly("NHS Number Not Found");
            assertThat(answer.value("//hl7:queryAck/hl7:queryResponseCode/@code")).isEqualTo("ID");
            assertThat(answer.header("Action")).isEqualTo("urn:nhs:names:services:cpisquery/QUQI_IN010000UK14");
            assertThat(answer.header("RelatesTo")).isEqualTo(request.addressingId());
            assertThat(accessesOf(request.queryId())).isEmpty();
        }

        @Test
        @DisplayName("CP-IS041 CP-IS087: an unborn child plan is shown to a midwife; to a nurse it is 'NHS Number Not Found'")
        void unbornPlansForMidwivesOnly() {
            hold(new LocalAuthorityEntry(NhsNumber.of("9990000050"), Fixtures.la(LA_Y), "M-1", SubjectKind.UNBORN_CHILD,
                    null, List.of(Fixtures.plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)), "7",
                    Instant.parse("2026-01-01T00:00:00Z")));

            SoapAnswer toMidwife = ask(QueryRequests.query("9990000050", MIDWIFE, ED));
            SoapAnswer toNurse = ask(QueryRequests.query("9990000050", NURSE, ED));

            assertThat(toMidwife.values("//hl7:COCT_TP146104GB01.UCPInformation")).hasSize(1);
            assertThat(toNurse.values("//hl7:QUQI_IN010000UK14")).hasSize(1);
            assertThat(toNurse.text()).doesNotContain("UCPInformation");
        }

        @Test
        @DisplayName("CP-IS068: a silent read gets the same answer and stores no access event")
        void silentRead() {
            hold(Fixtures.entry("9990000069", LA_X, "2013-09-09", Fixtures.cpp("2025-01-01")));
            QueryRequests.Request request = QueryRequests.query("9990000069", NURSE, ED).silentRead();

            SoapAnswer answer = ask(request);

            assertThat(answer.values("//hl7:REPC_IN000007GB01")).hasSize(1);
            assertThat(accessesOf(request.queryId())).isEmpty();
        }
    }

    @Nested
    @DisplayName("Broken rules: MCCI_IN010000UK13 AE naming the field")
    class BrokenRules {

        private SoapAnswer askWith(QueryRequests.Request request, Function<String, String> change) {
            String body = change.apply(request.interaction());
            return post(QueryRequests.envelope(request.addressingId(), QueryRequests.ACTION, ED, body),
                    QueryRequests.ACTION);
        }

        private void assertAcknowledgementAe(SoapAnswer answer, QueryRequests.Request request, String code, String field) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.bodyElement()).isEqualTo("MCCI_IN010000UK13");
            assertThat(answer.value("//hl7:MCCI_IN010000UK13/hl7:acknowledgement/@typeCode")).isEqualTo("AE");
            assertThat(answer.value("//hl7:MCCI_IN010000UK13/hl7:acknowledgement/hl7:messageRef/hl7:id/@root"))
                    .isEqualTo(request.messageId().toString().toUpperCase());
            assertThat(answer.reasonCodes()).first().isEqualTo("GE002");
            assertThat(answer.reasonCodes()).contains(code);
            assertThat(answer.reasonDisplays()).anySatisfy(d -> assertThat(d).contains(field));
            assertThat(answer.header("Action")).isEqualTo("urn:nhs:names:services:cpisquery/MCCI_IN010000UK13");
            assertThat(answer.header("RelatesTo")).isEqualTo(request.addressingId());
            assertThat(accessesOf(request.queryId())).isEmpty();
        }

        @Test
        @DisplayName("A bad NHS number: CPIS-C010 at person.NHSnumber/value")
        void badNhsNumber() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            SoapAnswer answer = askWith(request, q -> q.replace("extension=\"9990000018\"", "extension=\"9990000019\""));
            assertAcknowledgementAe(answer, request, "CPIS-C010", "person.NHSnumber/value");
        }

        @Test
        @DisplayName("A query without its author: CPIS-C003 naming the author")
        void missingAuthor() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            SoapAnswer answer = askWith(request, q -> q.replaceFirst("(?s)<author>.*</author>", ""));
            assertAcknowledgementAe(answer, request, "CPIS-C003", "author");
        }

        @Test
        @DisplayName("An interactionId that is not the root's: CPIS-C003 at interactionId")
        void interactionIdMismatch() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            SoapAnswer answer = askWith(request, q -> q.replace("extension=\"QUPC_IN000006GB01\"", "extension=\"QUPC_IN000005GB01\""));
            assertAcknowledgementAe(answer, request, "CPIS-C003", "/QUPC_IN000006GB01/interactionId");
        }

        @Test
        @DisplayName("A SOAP header naming another sender than the message: CPIS-C030")
        void headerAndMessageDisagree() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            SoapAnswer answer = post(QueryRequests.envelope(request.addressingId(), QueryRequests.ACTION, "200000000456",
                    request.interaction()), QueryRequests.ACTION);
            assertAcknowledgementAe(answer, request, "CPIS-C030", "communicationFunctionSnd");
        }
    }

    @Nested
    @DisplayName("Who may ask: refusals are MCCI_IN010000UK13 AE with the access code, audited")
    class Refusals {

        private SoapAnswer refused(QueryRequests.Request request, String code) {
            SoapAnswer answer = ask(request);
            assertThat(answer.bodyElement()).as(answer.text()).isEqualTo("MCCI_IN010000UK13");
            assertThat(answer.reasonCodes()).containsExactly("GE002", code);
            assertThat(answer.reasonDisplays().get(1)).startsWith("Access denied: ");
            assertThat(accessesOf(request.queryId())).isEmpty();
            assertThat(STORE.auditEvents()).filteredOn(e -> e.action() == AuditAction.QUERY_REFUSED)
                    .extracting(AuditEvent::detail).anySatisfy(d -> assertThat(d)
                            .startsWith("query " + request.queryId() + " refused " + code));
            assertThat(transmissionsOf(answer.header("MessageID"))).singleElement()
                    .satisfies(t -> assertThat(t.outcome()).isEqualTo(code));
            return answer;
        }

        @Test
        @DisplayName("CP-IS059: a disabled user is refused (CPIS-A005)")
        void disabledUser() {
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            refused(QueryRequests.query("9990000018", person("555000000105", "S0030:G0100:R0570"), ED), "CPIS-A005");
        }

        @Test
        @DisplayName("CP-IS042 CP-NHS004: a role profile without B0107 is refused (CPIS-A006)")
        void roleWithoutB0107() {
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            refused(QueryRequests.query("9990000018", person("555000000104", "R8008"), ED), "CPIS-A006");
        }

        @Test
        @DisplayName("CP-NHS018: a system with no registered certificate is refused (CPIS-A008 over plain HTTP)")
        void unregisteredSystem() {
            refused(QueryRequests.query("9990000018", NURSE, UNREGISTERED), "CPIS-A008");
        }
    }

    @Nested
    @DisplayName("Requests that cannot be read or routed: SOAP faults with Spine's error list")
    class Faults {

        private void assertFault(SoapAnswer answer, String code, String errorCode, String location) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(500);
            assertThat(answer.faultCode()).endsWith(code.equals("CPIS-S008") ? ":Server" : ":Client");
            assertThat(answer.error("codeContext")).isEqualTo("urn:nhs:names:errors:tms");
            assertThat(answer.error("errorCode")).isEqualTo(errorCode);
            assertThat(answer.error("severity")).isEqualTo("Error");
            assertThat(answer.error("location")).isEqualTo(location);
            assertThat(answer.error("description")).startsWith(code + " ");
            assertThat(answer.text()).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("cxf");
        }

        @Test
        @DisplayName("An unknown SOAPAction: CPIS-S001, TMS 101 at 'HTTP Header - SOAPAction'")
        void unknownSoapAction() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            SoapAnswer answer = post(request.envelope(), "urn:nhs:names:services:pdsquery/QUPA_IN040000UK32");
            assertFault(answer, "CPIS-S001", "101", "HTTP Header - SOAPAction");
            assertThat(accessesOf(request.queryId())).isEmpty();
            assertThat(TRANSMISSIONS.all()).filteredOn(t -> request.addressingId().equals(t.messageId()))
                    .singleElement().satisfies(t -> {
                        assertThat(t.direction()).isEqualTo(Transmission.Direction.IN);
                        assertThat(t.outcome()).isEqualTo("CPIS-S001");
                    });
        }

        @Test
        @DisplayName("No SOAPAction at all: CPIS-S001")
        void noSoapAction() {
            assertFault(post(QueryRequests.query("9990000018", NURSE, ED).envelope(), null),
                    "CPIS-S001", "101", "HTTP Header - SOAPAction");
        }

        @Test
        @DisplayName("A wsa:Action that is not the SOAPAction: CPIS-S002")
        void addressingActionDiffers() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            assertFault(post(QueryRequests.envelope(request.addressingId(), "urn:other", ED, request.interaction()),
                    QueryRequests.ACTION), "CPIS-S002", "101", "SOAP Header - wsa:Action");
        }

        @Test
        @DisplayName("Not XML, and XML that is no SOAP 1.1 envelope: CPIS-S003")
        void unreadable() {
            assertFault(post("this is not XML", QueryRequests.ACTION), "CPIS-S003", "101", "SOAP Envelope");
            assertFault(post("<Envelope xmlns=\"http://www.w3.org/2003/05/soap-envelope\"><Body/></Envelope>",
                    QueryRequests.ACTION), "CPIS-S003", "101", "SOAP Envelope");
            assertFault(post("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body>",
                    QueryRequests.ACTION), "CPIS-S003", "101", "SOAP Envelope");
        }

        @Test
        @DisplayName("A DOCTYPE, entity expansion (billion laughs) or an external entity: CPIS-S004, nothing read")
        void hostile() {
            String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                    + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                    + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
            String external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            String envelope = request.envelope();

            SoapAnswer bomb = post(laughs + envelope.replace("https://ed.example/client", "&lol4;"), QueryRequests.ACTION);
            SoapAnswer xxe = post(external + envelope.replace("https://ed.example/client", "&xxe;"), QueryRequests.ACTION);
            assertFault(bomb, "CPIS-S004", "101", "SOAP Envelope");
            assertThat(bomb.error("description")).contains("CPIS-X001");
            assertFault(xxe, "CPIS-S004", "101", "SOAP Envelope");
            assertThat(xxe.text()).doesNotContain("root:");
            assertThat(accessesOf(request.queryId())).isEmpty();
        }

        @Test
        @DisplayName("A body over the limit, declared or streamed: CPIS-S005; the endpoint answers the next query")
        void oversized() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            String padding = "<!--" + "x".repeat((int) MAX_BYTES) + "-->";
            String big = request.envelope().replace("<SOAP-ENV:Body>", "<SOAP-ENV:Body>" + padding);

            SoapAnswer declared = post(big, QueryRequests.ACTION);
            SoapAnswer streamed = send(HttpRequest.newBuilder(endpoint.address())
                    .header("Content-Type", "text/xml").header("SOAPAction", QueryRequests.ACTION)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());

            assertFault(declared, "CPIS-S005", "101", "HTTP Body");
            assertFault(streamed, "CPIS-S005", "101", "HTTP Body");
            assertThat(accessesOf(request.queryId())).isEmpty();
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            assertThat(ask(QueryRequests.query("9990000018", NURSE, ED)).bodyElement()).isEqualTo("CP-ISNHSQueryResponse");
        }

        @Test
        @DisplayName("A body that is not one QUPC_IN000006GB01: CPIS-S006")
        void notAQuery() {
            String id = "uuid:" + UUID.randomUUID().toString().toUpperCase();
            assertFault(post(QueryRequests.envelope(id, QueryRequests.ACTION, ED, ""), QueryRequests.ACTION),
                    "CPIS-S006", "101", "SOAP Body");
            assertFault(post(QueryRequests.envelope(id, QueryRequests.ACTION, ED, "<hl7:MCCI_IN010000UK13/>"),
                    QueryRequests.ACTION), "CPIS-S006", "101", "SOAP Body");
        }

        @Test
        @DisplayName("No wsa:MessageID: CPIS-S007")
        void noMessageId() {
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);
            assertFault(post(QueryRequests.envelope(null, QueryRequests.ACTION, ED, request.interaction()),
                    QueryRequests.ACTION), "CPIS-S007", "101", "SOAP Header - wsa:MessageID");
        }

        @Test
        @DisplayName("CP-IS CP-IS's own failure (database down): CPIS-S008 SOAP-ENV:Server, TMS 200, no stack trace")
        void systemFailure() {
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            TRANSACTIONS.broken = true;
            try {
                assertFault(ask(QueryRequests.query("9990000018", NURSE, ED)), "CPIS-S008", "200", "");
            } finally {
                TRANSACTIONS.broken = false;
            }
        }
    }

    @Nested
    @DisplayName("Transmission log and WSDL")
    class LogAndWsdl {

        @Test
        @DisplayName("CP-IS061: one row in and one out per message, with ASIDs, interaction, ids, size and outcome")
        void transmissionRows() {
            hold(Fixtures.entry("9990000018", LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
            QueryRequests.Request request = QueryRequests.query("9990000018", NURSE, ED);

            SoapAnswer answer = ask(request);

            assertThat(transmissionsOf(request.addressingId())).singleElement().satisfies(in -> {
                assertThat(in.direction()).isEqualTo(Transmission.Direction.IN);
                assertThat(in.origin()).isEqualTo(ED);
                assertThat(in.destination()).isEqualTo(QueryRequests.CPIS_ASID);
                assertThat(in.interaction()).isEqualTo("QUPC_IN000006GB01");
                assertThat(in.sizeBytes()).isEqualTo(request.envelope().getBytes(StandardCharsets.UTF_8).length);
                assertThat(in.outcome()).isEqualTo("RECEIVED");
            });
            assertThat(transmissionsOf(answer.header("MessageID"))).singleElement().satisfies(out -> {
                assertThat(out.direction()).isEqualTo(Transmission.Direction.OUT);
                assertThat(out.origin()).isEqualTo(QueryRequests.CPIS_ASID);
                assertThat(out.destination()).isEqualTo(ED);
                assertThat(out.interaction()).isEqualTo("REPC_IN000007GB01");
                assertThat(out.sizeBytes()).isEqualTo(answer.text().getBytes(StandardCharsets.UTF_8).length);
                assertThat(out.outcome()).isEqualTo("OK");
            });
        }

        @Test
        @DisplayName("The WSDL is served at ?wsdl with this endpoint's address, and its schemas at ?xsd=")
        void wsdl() {
            SoapAnswer wsdl = send(HttpRequest.newBuilder(endpoint.wsdl()).GET().build());
            assertThat(wsdl.status()).isEqualTo(200);
            assertThat(wsdl.text()).contains("soapAction=\"urn:nhs:names:services:cpisquery/QUPC_IN000006GB01\"")
                    .contains("location=\"" + endpoint.address() + "\"".replace("localhost", "localhost"));
            String schema = wsdl.text().replaceFirst("(?s).*schemaLocation=\"([^\"]*QUPC_IN000006GB01.xsd)\".*", "$1");
            SoapAnswer xsd = send(HttpRequest.newBuilder(URI.create(schema.replace("127.0.0.1", "localhost"))).GET().build());
            assertThat(xsd.status()).isEqualTo(200);
            assertThat(xsd.text()).contains("name=\"QUPC_IN000006GB01\"");
        }
    }

    /** The in-memory store's transactions, which a test can break as a database goes down. */
    static final class BreakableTransactions implements Transactions {
        private final Transactions delegate;
        volatile boolean broken;

        BreakableTransactions(Transactions delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(Function<StoreSession, T> work) {
            if (broken) {
                throw new IllegalStateException("connection refused (test)");
            }
            return delegate.inTransaction(work);
        }
    }
}
