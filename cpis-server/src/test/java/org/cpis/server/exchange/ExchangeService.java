package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MessageState;
import org.cpis.server.cli.CpisServerCli;
import org.cpis.server.logging.ConsoleLog;
import org.cpis.server.logging.Logging;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.runtime.DataFolder;
import org.cpis.server.runtime.ServerDatabase;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.sft.mesh.client.MeshClient;
import org.cpis.store.CpisDatabase;
import org.cpis.store.jooq.Tables;
import picocli.CommandLine;

/**
 * The CP-IS service running in this JVM as an operator runs it, for the exchange tests: a data folder of its own with
 * the embedded PostgreSQL, the development keys ({@code pki init}, {@code pki server}), the NHS Query endpoint and the
 * MESH door on free ports, the folder door under {@code <data>/mailboxes}. Admin commands run in-process through the
 * real command line and reach the running database the way they do beside a running service; the tests read the
 * database through such a connection too.
 */
final class ExchangeService implements AutoCloseable {

    private final Path dataFolder;
    private final Settings settings;
    private final CpisService service;
    private final ServerDatabase connection;

    private ExchangeService(Path dataFolder, Settings settings, CpisService service, ServerDatabase connection) {
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.service = service;
        this.connection = connection;
    }

    /**
     * Makes the keys and starts the service on {@code dataFolder}, scanning every second, with these settings on top.
     */
    static ExchangeService start(Path dataFolder, Map<Setting, String> more) {
        Cli cli = new Cli(dataFolder);
        cli.run("pki", "init").assertOk();
        cli.run("pki", "server").assertOk();
        return startAsItIs(dataFolder, more);
    }

    /** Starts the service on {@code dataFolder} with the keys it has (none: the MESH door stays off). */
    static ExchangeService startAsItIs(Path dataFolder, Map<Setting, String> more) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DATA_FOLDER, dataFolder.toString());
        flags.put(Setting.QUERY_PORT, "0");
        flags.put(Setting.MESH_PORT, "0");
        flags.put(Setting.EXCHANGE_SCAN_SECONDS, "1");
        flags.putAll(more);
        Settings settings = Settings.resolve(flags, null, Map.of());
        DataFolder.prepare(settings, ConsoleLog.PROBLEMS);
        CpisService service = CpisService.start(settings);
        try {
            return new ExchangeService(dataFolder, settings, service,
                    ServerDatabase.openForAdmin(settings, "the exchange tests"));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    Path dataFolder() {
        return dataFolder;
    }

    Settings settings() {
        return settings;
    }

    /** The running service's database, reached as admin commands reach it. */
    CpisDatabase database() {
        return connection.database();
    }

    /** Runs an admin command in-process on this data folder, as an operator would beside the running service. */
    Result cli(String... args) {
        return new Cli(dataFolder).run(args);
    }

    /** The folder-door side of a Local Authority's mailbox. */
    LaFolder folder(String mailbox) {
        return new LaFolder(settings.exchangeFolders(), mailbox);
    }

    URI meshAddress() {
        assertThat(service.meshDoor()).as("the MESH door (TLS keys were made)").isNotNull();
        return service.meshDoor().address();
    }

    /** The MESH environment shared secret: the development one the service made in the data folder. */
    String meshSecret() {
        try {
            return Files.readString(dataFolder.resolve("keys").resolve("mesh-development-secret"),
                    StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A MESH client of a Local Authority's mailbox with the client certificate {@code pki mailbox} issues for it
     * (issued on first use) and the development CA to trust the door.
     */
    MeshClient.Builder meshClient(String mailbox, String password) {
        PkiFolder pki = PkiFolder.of(dataFolder);
        if (!Files.isRegularFile(pki.mailboxKeystore(mailbox))) {
            cli("pki", "mailbox", "--mailbox", mailbox).assertOk();
        }
        return MeshClient.builder(meshAddress(), mailbox, password, meshSecret())
                .sslContext(TlsMaterial.load(pki.mailboxKeystore(mailbox), developmentPassword(),
                        pki.caCertificate()).sslContext());
    }

    char[] developmentPassword() {
        try {
            return Files.readString(PkiFolder.of(dataFolder).developmentPassword()).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers an LA's mailbox with a known MESH password. */
    void register(String mailbox, String ods, String name, String door, String password) {
        cli("mailboxes", "register", "--mailbox", mailbox, "--ods", ods, "--name", name, "--door", door,
                "--password", password).assertOk();
    }

    /** Loads people into the demographics table (the PDS stand-in): lines of {@code nhs,birth date,given,family}. */
    void loadPeople(Path folder, List<String> people) {
        try {
            Path file = Files.createTempFile(folder, "people", ".csv");
            Files.writeString(file, "nhs_number,birth_date,given_name,family_name\n" + String.join("\n", people)
                    + "\n");
            cli("demographics", "load", file.toString()).assertOk();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message of the exchange from or to {@code mailbox}, oldest first. */
    List<ExchangeMessage> messagesOf(String mailbox) {
        return database().dsl().selectFrom(Tables.EXCHANGE_MESSAGE)
                .where(Tables.EXCHANGE_MESSAGE.SENDER.eq(mailbox).or(Tables.EXCHANGE_MESSAGE.RECIPIENT.eq(mailbox)))
                .orderBy(Tables.EXCHANGE_MESSAGE.CREATED_AT, Tables.EXCHANGE_MESSAGE.MESSAGE_ID)
                .fetch(r -> database().messages().find(r.getMessageId()).orElseThrow());
    }

    /** The messages {@code mailbox} sent, oldest first. */
    List<ExchangeMessage> sentBy(String mailbox) {
        return messagesOf(mailbox).stream().filter(m -> m.sender().value().equals(mailbox)).toList();
    }

    /** The replies linked to an inbound message (its acknowledgements). */
    List<ExchangeMessage> repliesTo(ExchangeMessage inbound) {
        return messagesOf(inbound.sender().value()).stream()
                .filter(m -> inbound.messageId().equals(m.linkedId())).toList();
    }

    MessageState stateOf(ExchangeMessage message) {
        return database().messages().find(message.messageId()).orElseThrow().state();
    }

    /** Stops the service and closes the tests' connection; the data folder stays. */
    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            try {
                service.stop();
            } finally {
                Logging.stop();
            }
        }
    }

    /** The admin command line of one data folder. */
    static final class Cli {

        private final Path dataFolder;

        Cli(Path dataFolder) {
            this.dataFolder = dataFolder;
        }

        Result run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = CpisServerCli.create(Map.of());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", dataFolder.toString()))
                    .toArray(String[]::new);
            int status = cli.execute(withData);
            return new Result(List.of(args), status, out.toString(), err.toString());
        }
    }

    /** How an admin command ended and what it printed. */
    record Result(List<String> command, int status, String out, String err) {

        Result assertOk() {
            assertThat(status).as("%s: exit status; stderr:%n%s", command, err).isZero();
            return this;
        }
    }
}
