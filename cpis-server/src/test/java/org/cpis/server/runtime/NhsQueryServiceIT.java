package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.headers.Header;
import org.apache.cxf.helpers.DOMUtils;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.DirectoryUser;
import org.cpis.core.access.RoleProfile;
import org.cpis.core.access.Transmission;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.WorkerName;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.gateway.soap.NhsQueryEndpoint;
import org.cpis.gateway.soap.QueryServiceNames;
import org.cpis.gateway.soap.testing.QueryRequests;
import org.cpis.gateway.soap.testing.SoapAnswer;
import org.cpis.server.settings.LogLevel;
import org.cpis.server.settings.QuerySettings;
import org.cpis.server.settings.Settings;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The NHS Query service as the running service wires it ({@link QueryEndpointLauncher}): HTTPS with mutual TLS on
 * a random port, keys made by the development CA, the real PostgreSQL stores (embedded), asked by the JDK's
 * HttpClient and by a CXF client built from the WSDL.
 */
@ExtendWith(SharedDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NhsQueryServiceIT {

    static final String ED = "200000000123";
    static final String AMBULANCE = "200000000456";
    static final String UNREGISTERED = "200000000999";
    static final String CHILD = "9990000018";

    private final CpisDatabase database;
    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private Path dataFolder;
    private QueryTls tls;
    private QueryTls.Identity edIdentity;
    private QueryTls.Identity ambulanceIdentity;
    private HttpClient ed;
    private NhsQueryEndpoint endpoint;

    NhsQueryServiceIT(CpisDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() throws Exception {
        dataFolder = TemporaryFolders.create("nhs-query-it-");
        tls = QueryTls.create(dataFolder);
        edIdentity = tls.client(ED, "Example ED system");
        ambulanceIdentity = tls.client(AMBULANCE, "Example ambulance system");
        ed = edIdentity.http();
        Settings settings = new Settings(dataFolder, null, null, null, 0, LogLevel.INFO, null,
                new String(QueryTls.PASSWORD), new QuerySettings(0, "/cpisquery", false), List.of());
        endpoint = QueryEndpointLauncher.prepare(settings).start(database, clock);
    }

    @AfterAll
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
        TemporaryFolders.delete(dataFolder);
    }

    @BeforeEach
    void registerSystemsAndUsers() {
        SharedDatabase.emptyTables(database);
        clock.set(Instant.parse("2026-03-01T10:00:00Z"));
        database.accreditedSystems().register(new AccreditedSystem(Asid.of(ED), "Example ED system", OdsCode.of("RX1"),
                Set.of(edIdentity.fingerprint()), true, false));
        database.accreditedSystems().register(new AccreditedSystem(Asid.of(AMBULANCE), "Example ambulance system",
                OdsCode.of("RX9"), Set.of(ambulanceIdentity.fingerprint()), true, true));
        List<DirectoryUser> users = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            users.add(user(nurseId(n), "S0030:G0100:R0570", "B0107", true));
        }
        users.add(user("555000000102", "S0030:G0100:R0680", "B0107", true));
        users.add(user("555000000104", "R8008", "B0264", true));
        users.add(user("555000000105", "S0030:G0100:R0570", "B0107", false));
        database.roleDirectory().putAll(users);
    }

    private static String nurseId(int n) {
        return String.format("5550000011%02d", n);
    }

    private static DirectoryUser user(String id, String jobRole, String activity, boolean enabled) {
        return new DirectoryUser(id, "Given", "Family" + id, enabled,
                List.of(new RoleProfile("RP" + id, JobRoleCode.of(jobRole), Set.of(activity))));
    }

    private static QueryAuthor.Person person(String id, String jobRole) {
        return new QueryAuthor.Person(id, "RP" + id, JobRoleCode.of(jobRole), "Role", WorkerName.of("Sample", "User" + id),
                Fixtures.ED);
    }

    private static QueryAuthor.Person nurse(int n) {
        return person(nurseId(n), "S0030:G0100:R0570");
    }

    private static final QueryAuthor.Person MIDWIFE = person("555000000102", "S0030:G0100:R0680");

    private void hold(LocalAuthorityEntry entry) {
        database.transactions().inTransaction(s -> s.records().replace(entry));
    }

    private List<AccessEvent> accesses(String nhs) {
        return database.transactions().inTransaction(s -> s.accessLog().history(NhsNumber.of(nhs)));
    }

    private QueryRequests.Request query(QueryAuthor author, String sender) {
        return QueryRequests.query(CHILD, author, sender).at(clock.instant());
    }

    private SoapAnswer ask(HttpClient client, QueryRequests.Request request) {
        return post(client, request.envelope(), QueryRequests.ACTION);
    }

    private SoapAnswer post(HttpClient client, String body, String soapAction) {
        try {
            HttpResponse<String> response = client.send(request(body, soapAction), HttpResponse.BodyHandlers.ofString());
            return new SoapAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest request(String body, String soapAction) {
        return HttpRequest.newBuilder(endpoint.address()).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"" + soapAction + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static void assertRecordFound(SoapAnswer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.bodyElement()).isEqualTo("CP-ISNHSQueryResponse");
        assertThat(answer.values("/s:Envelope/s:Body/hl7:CP-ISNHSQueryResponse/hl7:REPC_IN000007GB01")).hasSize(1);
    }

    private static List<String> historyQueryIds(SoapAnswer answer) {
        return answer.values("//hl7:pertinentInformation13/hl7:pertinentCP-ISNHSQuery/hl7:id/@root");
    }

    @Test
    @DisplayName("CP-IS044 CP-IS046 CP-IS067 CP-NHS018: a CXF client built from the WSDL gets the record over mutual TLS;"
            + " RelatesTo echoes its MessageID; the access event is in PostgreSQL")
    void cxfClientFromTheWsdl() throws Exception {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        hold(Fixtures.entry(CHILD, LA_Y, "2015-05-20", Fixtures.plan(PlanType.LAC, "2025-06-01", null, null)));
        QueryRequests.Request request = query(nurse(1), ED);

        Service service = Service.create(getClass().getResource("/wsdl/cpisquery.wsdl"), QueryServiceNames.SERVICE_NAME);
        Dispatch<Source> dispatch = service.createDispatch(QueryServiceNames.PORT_NAME, Source.class, Service.Mode.PAYLOAD);
        dispatch.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.address().toString());
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        dispatch.getRequestContext().put(BindingProvider.SOAPACTION_URI_PROPERTY, QueryRequests.ACTION);
        dispatch.getRequestContext().put(Header.HEADER_LIST, addressing(request));
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setKeyManagers(edIdentity.material().keyManagers());
        parameters.setTrustManagers(edIdentity.material().trustManagers());
        ((HTTPConduit) ((DispatchImpl<?>) dispatch).getClient().getConduit()).setTlsClientParameters(parameters);

        Source reply = dispatch.invoke(new StreamSource(new ByteArrayInputStream(
                request.interaction().getBytes(StandardCharsets.UTF_8))));

        SoapAnswer body = new SoapAnswer(200, "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + QueryRequests.withoutDeclaration(text(reply)) + "</s:Body></s:Envelope>");
        assertRecordFound(body);
        assertThat(body.values("//hl7:record/hl7:communicationFunctionSnd/hl7:organisation/hl7:id/@extension"))
                .containsExactly("X09", "Y05");
        assertThat(body.value("//hl7:pertinentTotalReturnedChildRecords/hl7:value/@value")).isEqualTo("2");
        assertThat(historyQueryIds(body)).containsExactly(request.queryId().toString().toUpperCase());
        @SuppressWarnings("unchecked")
        List<Header> headers = (List<Header>) dispatch.getResponseContext().get(Header.HEADER_LIST);
        assertThat(headers).filteredOn(h -> h.getName().getLocalPart().equals("RelatesTo"))
                .singleElement().satisfies(h -> assertThat(((Element) h.getObject()).getTextContent())
                        .isEqualTo(request.addressingId()));
        assertThat(accesses(CHILD)).extracting(AccessEvent::queryId).containsExactly(request.queryId());
    }

    private static List<Header> addressing(QueryRequests.Request request) {
        Document doc = DOMUtils.createDocument();
        List<Header> headers = new ArrayList<>();
        headers.add(header(doc, "MessageID", request.addressingId()));
        headers.add(header(doc, "Action", QueryRequests.ACTION));
        headers.add(header(doc, "To", "https://localhost/cpisquery"));
        return headers;
    }

    private static Header header(Document doc, String name, String value) {
        Element element = doc.createElementNS(QueryServiceNames.WSA, "wsa:" + name);
        element.setTextContent(value);
        return new Header(new QName(QueryServiceNames.WSA, name), element);
    }

    private static String text(Source source) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(source, new StreamResult(out));
        return out.toString();
    }

    @Test
    @DisplayName("CP-IS041 CP-IS087: over mutual TLS a midwife sees an unborn child plan, a nurse gets 'NHS Number Not Found'")
    void midwifeVersusNurse() {
        hold(new LocalAuthorityEntry(NhsNumber.of(CHILD), Fixtures.la(LA_Y), "M-1", SubjectKind.UNBORN_CHILD, null,
                List.of(Fixtures.plan(PlanType.UCPP, "2026-01-01", "2026-06-01", null)), "7",
                Instant.parse("2026-01-01T00:00:00Z")));

        SoapAnswer toMidwife = ask(ed, query(MIDWIFE, ED));
        SoapAnswer toNurse = ask(ed, query(nurse(1), ED));

        assertRecordFound(toMidwife);
        assertThat(toMidwife.values("//hl7:COCT_TP146104GB01.UCPInformation")).hasSize(1);
        assertThat(toNurse.values("/s:Envelope/s:Body/hl7:CP-ISNHSQueryResponse/hl7:QUQI_IN010000UK14")).hasSize(1);
        assertThat(toNurse.reasonCodes()).containsExactly("1", "NHSNCC002");
        assertThat(accesses(CHILD)).hasSize(1);
    }

    @Test
    @DisplayName("CP-IS015: no record: QUQI_IN010000UK14 'NHS Number Not Found'; a broken rule: MCCI_IN010000UK13 AE")
    void notFoundAndBrokenRule() {
        QueryRequests.Request unknown = query(nurse(1), ED);
        SoapAnswer notFound = ask(ed, unknown);
        QueryRequests.Request bad = query(nurse(1), ED);
        SoapAnswer broken = post(ed, QueryRequests.envelope(bad.addressingId(), QueryRequests.ACTION, ED,
                bad.interaction().replace("extension=\"" + CHILD + "\"", "extension=\"9990000019\"")), QueryRequests.ACTION);

        assertThat(notFound.value("//hl7:QUQI_IN010000UK14/hl7:acknowledgement/@typeCode")).isEqualTo("AE");
        assertThat(notFound.header("RelatesTo")).isEqualTo(unknown.addressingId());
        assertThat(broken.bodyElement()).isEqualTo("MCCI_IN010000UK13");
        assertThat(broken.reasonCodes()).containsExactly("GE002", "CPIS-C010");
        assertThat(broken.header("RelatesTo")).isEqualTo(bad.addressingId());
        assertThat(accesses(CHILD)).isEmpty();
    }

    @Test
    @DisplayName("CP-IS047 CP-IS048: the history shows each worker's first access per 24 hours, newest first,"
            + " at most 25, across 30 workers")
    void historyCondensedToTheNewest25() {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        List<UUID> firsts = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            clock.advance(Duration.ofMinutes(1));
            QueryRequests.Request request = query(nurse(n), ED);
            assertRecordFound(ask(ed, request));
            firsts.add(request.queryId());
        }
        clock.advance(Duration.ofHours(1));
        QueryRequests.Request repeat = query(nurse(30), ED);
        SoapAnswer withinADay = ask(ed, repeat);

        List<String> expected = new ArrayList<>(firsts.subList(5, 30).stream().map(id -> id.toString().toUpperCase()).toList());
        java.util.Collections.reverse(expected);
        assertThat(historyQueryIds(withinADay)).containsExactlyElementsOf(expected);
        assertThat(withinADay.value("//hl7:pertinentTotalReturnedAccessRecords/hl7:value/@value")).isEqualTo("25");

        clock.advance(Duration.ofHours(24));
        QueryRequests.Request nextDay = query(nurse(1), ED);
        SoapAnswer later = ask(ed, nextDay);

        assertThat(historyQueryIds(later)).hasSize(25).first().isEqualTo(nextDay.queryId().toString().toUpperCase());
        assertThat(historyQueryIds(later).subList(1, 25)).containsExactlyElementsOf(expected.subList(0, 24));
        assertThat(accesses(CHILD)).hasSize(32);
    }

    @Test
    @DisplayName("CP-NHS018: no client certificate, or one from an unknown CA, fails the TLS handshake; nothing is stored")
    void handshakeRefusals() throws Exception {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        HttpClient anonymous = tls.anonymous();
        HttpClient stranger = tls.stranger(ED).http();
        HttpRequest request = request(query(nurse(1), ED).envelope(), QueryRequests.ACTION);

        assertThatThrownBy(() -> anonymous.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> stranger.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(accesses(CHILD)).isEmpty();
    }

    @Test
    @DisplayName("CP-NHS018 CP-IS042 CP-IS059: an unregistered or mismatched certificate, a disabled user and a role"
            + " without B0107 get MCCI_IN010000UK13 AE with the access code, audited and logged")
    void accessRefusals() {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        HttpClient unregistered = tls.client(UNREGISTERED, "Unregistered system").http();

        assertRefused(ask(unregistered, query(nurse(1), UNREGISTERED)), "CPIS-A001");
        assertRefused(ask(ed, query(Fixtures.system(AMBULANCE), AMBULANCE)), "CPIS-A002");
        assertRefused(ask(ed, query(person("555000000105", "S0030:G0100:R0570"), ED)), "CPIS-A005");
        assertRefused(ask(ed, query(person("555000000104", "R8008"), ED)), "CPIS-A006");
        assertRecordFound(ask(ambulanceIdentity.http(), query(Fixtures.system(AMBULANCE), AMBULANCE)));

        database.roleDirectory().setEnabled(nurseId(1), false);
        assertRefused(ask(ed, query(nurse(1), ED)), "CPIS-A005");

        assertThat(accesses(CHILD)).hasSize(1);
        List<AuditEntry> refusals = database.transactions().inTransaction(s -> s.auditTrail().find(new AuditQuery(
                null, null, null, Set.of(AuditAction.QUERY_REFUSED), null, null, 100)));
        assertThat(refusals).extracting(e -> e.event().detail().replaceFirst(".* refused (CPIS-A\\d+) .*", "$1"))
                .containsExactly("CPIS-A001", "CPIS-A002", "CPIS-A005", "CPIS-A006", "CPIS-A005");
        assertThat(transmissions()).filteredOn(t -> t.direction() == Transmission.Direction.OUT)
                .extracting(Transmission::outcome)
                .containsExactly("CPIS-A001", "CPIS-A002", "CPIS-A005", "CPIS-A006", "OK", "CPIS-A005");
    }

    private static void assertRefused(SoapAnswer answer, String code) {
        assertThat(answer.bodyElement()).as(answer.text()).isEqualTo("MCCI_IN010000UK13");
        assertThat(answer.value("//hl7:acknowledgement/@typeCode")).isEqualTo("AE");
        assertThat(answer.reasonCodes()).containsExactly("GE002", code);
        assertThat(answer.reasonDisplays().get(1)).startsWith("Access denied: ");
    }

    private List<Transmission> transmissions() {
        return database.transmissionLog().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 10_000);
    }

    @Test
    @DisplayName("Malformed, oversized and hostile bodies get a SOAP fault with Spine's error list, and do no harm")
    void hostileBodies() {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        String envelope = query(nurse(1), ED).envelope();
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";

        assertFault(post(ed, "<SOAP-ENV:Envelope", QueryRequests.ACTION), "CPIS-S003");
        assertFault(post(ed, laughs + envelope.replace("https://ed.example/client", "&lol4;"), QueryRequests.ACTION),
                "CPIS-S004");
        assertFault(post(ed, "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://attacker.example/x.dtd\">" + envelope,
                QueryRequests.ACTION), "CPIS-S004");
        assertFault(post(ed, envelope.replace("<SOAP-ENV:Body>", "<SOAP-ENV:Body><!--" + "x".repeat(1_100_000) + "-->"),
                QueryRequests.ACTION), "CPIS-S005");
        assertFault(post(ed, "<a>" + "<b>".repeat(200) + "</b>".repeat(200) + "</a>", QueryRequests.ACTION), "CPIS-S003");
        assertFault(post(ed, envelope, "urn:nhs:names:services:pdsquery/QUPA_IN040000UK32"), "CPIS-S001");

        assertThat(accesses(CHILD)).isEmpty();
        assertRecordFound(ask(ed, query(nurse(1), ED)));
        assertThat(transmissions()).filteredOn(t -> t.direction() == Transmission.Direction.OUT)
                .extracting(Transmission::outcome)
                .containsExactly("CPIS-S003", "CPIS-S004", "CPIS-S004", "CPIS-S005", "CPIS-S003", "CPIS-S001", "OK");
    }

    private static void assertFault(SoapAnswer answer, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(500);
        assertThat(answer.faultCode()).endsWith(":Client");
        assertThat(answer.error("codeContext")).isEqualTo("urn:nhs:names:errors:tms");
        assertThat(answer.error("errorCode")).isEqualTo("101");
        assertThat(answer.error("description")).startsWith(code + " ");
    }

    @Test
    @DisplayName("CP-IS067 CP-IS068: fifty concurrent queries on one child leave exactly fifty access events")
    void fiftyConcurrentQueries() {
        hold(Fixtures.entry(CHILD, LA_X, "2015-05-20", Fixtures.cpp("2025-01-01")));
        List<QueryRequests.Request> requests = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> query(nurse(1 + i % 10), ED)).toList();

        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
                .map(r -> ed.sendAsync(request(r.envelope(), QueryRequests.ACTION), HttpResponse.BodyHandlers.ofString()))
                .toList();

        for (CompletableFuture<HttpResponse<String>> response : sent) {
            HttpResponse<String> done = response.join();
            assertRecordFound(new SoapAnswer(done.statusCode(), done.body()));
        }
        assertThat(accesses(CHILD)).extracting(AccessEvent::queryId)
                .containsExactlyInAnyOrderElementsOf(requests.stream().map(QueryRequests.Request::queryId).toList());
        assertThat(database.transactions().inTransaction(s -> s.auditTrail().verify()).isIntact()).isTrue();
    }
}
