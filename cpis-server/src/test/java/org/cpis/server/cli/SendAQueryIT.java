package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.core.model.Asid;
import org.cpis.gateway.soap.testing.SoapAnswer;
import org.cpis.server.logging.Logging;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's "Send a query", step by step, with the commands and sample files it names: make the keys, register
 * the ED system with its client certificate, load the sample role directory and demographics, apply the sample LA
 * upload, start the service, send docs/samples/nhs-query.xml over mutual TLS. The commands run in-process against
 * one embedded PostgreSQL given as an external database.
 */
@ExtendWith(SharedDatabase.class)
class SendAQueryIT {

    private static final Path SAMPLES = Path.of("../docs/samples");
    private static final Asid ED = Asid.of("200000000123");

    @TempDir
    Path temp;

    private final CpisDatabase database;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Map<String, String> environment;
    private Path dataFolder;

    SendAQueryIT(CpisDatabase database) {
        this.database = database;
    }

    @AfterEach
    void stopLogging() {
        Logging.stop();
    }

    @Test
    @DisplayName("A newcomer's first query: keys, a registered client, the sample record, the sample request over mutual TLS")
    void theReadmeWalkThrough() throws Exception {
        SharedDatabase.emptyTables(database);
        String url = database.dsl().connectionResult(c -> c.getMetaData().getURL());
        environment = Map.of("CPIS_DB_URL", url, "CPIS_DB_USER", "postgres");
        dataFolder = temp.resolve("cpis-data");

        assertThat(run("pki", "init")).as(err.toString()).isZero();
        assertThat(run("pki", "server")).as(err.toString()).isZero();
        assertThat(run("pki", "client", "--asid", ED.value(), "--name", "Example ED system", "--ods", "RX1",
                "--register")).as(err.toString()).isZero();
        assertThat(run("users", "load", SAMPLES.resolve("roles.csv").toString())).as(err.toString()).isZero();
        assertThat(run("demographics", "load", SAMPLES.resolve("demographics.csv").toString())).as(err.toString()).isZero();
        assertThat(run("upload", SAMPLES.resolve("la-upload.xml").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Applied LA upload 1 from X09: CPF02 Successful File Upload; 2 records"
                + " stored, 0 refused" + System.lineSeparator());
        assertThat(run("upload", SAMPLES.resolve("la-upload.xml").toString())).isZero();
        assertThat(out.toString()).startsWith("Already applied LA upload 1 from X09: CPF02 ");

        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATA_FOLDER, dataFolder.toString());
        flags.put(Setting.QUERY_PORT, "0");
        flags.put(Setting.MESH_PORT, "0");
        CpisService service = CpisService.start(Settings.resolve(flags, null, environment));
        try {
            PkiFolder pki = PkiFolder.of(dataFolder);
            char[] password = Files.readString(pki.developmentPassword()).strip().toCharArray();
            HttpClient ed = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .sslContext(TlsMaterial.load(pki.clientKeystore(ED), password, pki.caCertificate()).sslContext())
                    .build();
            HttpResponse<String> response = ed.send(HttpRequest.newBuilder(service.queryEndpoint().address())
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"urn:nhs:names:services:cpisquery/QUPC_IN000006GB01\"")
                    .POST(HttpRequest.BodyPublishers.ofFile(SAMPLES.resolve("nhs-query.xml"))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            SoapAnswer answer = new SoapAnswer(response.statusCode(), response.body());
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.header("RelatesTo")).isEqualTo("uuid:7D5E0C7A-3B1F-4C8E-9A2D-5F6B7C8D9E01");
            assertThat(answer.values("//hl7:REPC_IN000007GB01//hl7:record/hl7:communicationFunctionSnd/hl7:organisation/hl7:name"))
                    .containsExactly("Exampleshire County Council");
            assertThat(answer.values("//hl7:COCT_TP146105GB01.CPPInformation")).hasSize(1);
            assertThat(answer.value("//hl7:telecom[@use='EC']/@value")).isEqualTo("tel:01632960001");
            assertThat(answer.text()).doesNotContain("EX-1001").doesNotContain("Adams");
        } finally {
            service.stop();
        }
    }

    private int run(String... args) {
        CommandLine cli = CpisServerCli.create(environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", dataFolder.toString()))
                .toArray(String[]::new);
        return cli.execute(withData);
    }
}
