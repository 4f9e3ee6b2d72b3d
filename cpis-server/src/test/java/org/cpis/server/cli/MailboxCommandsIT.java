package org.cpis.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.server.logging.Logging;
import org.cpis.store.CpisDatabase;
import org.cpis.store.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code mailboxes} and {@code demographics changes} commands as an operator runs them, in-process, over one
 * embedded PostgreSQL reached as an external database: what each command leaves in the tables the file exchange uses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxCommandsIT {

    private static final Path SAMPLES = Path.of("../docs/samples");

    @TempDir
    static Path temp;

    private static CpisDatabase database;
    private static Map<String, String> environment;
    private static Path dataFolder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startTheDatabase() {
        database = CpisDatabase.open(DatabaseSettings.embedded(temp.resolve("postgres-folder")));
        String url = database.dsl().connectionResult(c -> c.getMetaData().getURL());
        environment = Map.of("CPIS_DB_URL", url, "CPIS_DB_USER", "postgres");
        dataFolder = temp.resolve("cpis-data");
    }

    @AfterAll
    static void stopTheDatabase() {
        Logging.stop();
        database.close();
    }

    @Test
    @Order(1)
    @DisplayName("CP-IS004: registering an LA gives it a mailbox, a door and a MESH password shown once")
    void registerGivesAnLaItsMailbox() {
        assertThat(run("mailboxes", "register", "--mailbox", "x26ot001", "--ods", "X26", "--name",
                "Exampleshire County Council")).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("Registered mailbox X26OT001 for Exampleshire County Council (X26), http"
                + " door, enabled.").contains("MESH password (shown once; give it to the LA for its MESH client): ");
        String shown = out.toString().lines().filter(l -> l.startsWith("MESH password")).findFirst().orElseThrow()
                .replaceAll(".*: ", "");
        assertThat(database.mailboxes().password(MailboxId.of("X26OT001"))).contains(shown);
        assertThat(database.mailboxes().forLocalAuthority(OdsCode.of("X26")).orElseThrow().door()).isEqualTo(Door.HTTP);

        assertThat(run("mailboxes", "register", "--mailbox", "Y05MB001", "--ods", "Y05", "--name", "Sampleton Borough",
                "--door", "folder", "--password", "sampleton-secret")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("MESH password");
        assertThat(database.mailboxes().password(MailboxId.of("Y05MB001"))).contains("sampleton-secret");
    }

    @Test
    @Order(2)
    void aSecondMailboxForTheSameLaIsRefusedWithWhatToDo() {
        assertThat(run("mailboxes", "register", "--mailbox", "X26OT002", "--ods", "X26", "--name", "Exampleshire"))
                .isEqualTo(CpisServerCli.FAILED);

        assertThat(err.toString()).contains("Local Authority X26 already has a mailbox")
                .contains("see 'cpis-server mailboxes list'");
        assertThat(database.mailboxes().find(MailboxId.of("X26OT002"))).isEmpty();
    }

    @Test
    @Order(3)
    void badArgumentsAreWrongUsageNamingTheOption() {
        assertThat(run("mailboxes", "register", "--mailbox", "has space", "--ods", "Z99", "--name", "Z")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--mailbox: 'has space' is not a mailbox id");

        assertThat(run("mailboxes", "register", "--mailbox", "Z99MB", "--ods", "Z99", "--name", "Z", "--door", "ftp"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("--door: 'ftp' is not a door; use http or folder");

        assertThat(run("mailboxes", "register", "--mailbox", "Z99MB", "--ods", "Z99", "--name", "Z", "--password",
                "short")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--password: use at least 8 characters");
        assertThat(database.mailboxes().find(MailboxId.of("Z99MB"))).isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("CP-SC014: an LA's sending is switched off and on at once")
    void disableAndEnableAMailbox() {
        assertThat(run("mailboxes", "disable", "X26OT001")).isZero();
        assertThat(out.toString()).startsWith("Mailbox X26OT001 (Exampleshire County Council) is disabled");
        assertThat(database.mailboxes().find(MailboxId.of("X26OT001")).orElseThrow().enabled()).isFalse();

        assertThat(run("mailboxes", "list")).isZero();
        assertThat(out.toString()).contains("X26OT001  Exampleshire County Council (X26)  http door, DISABLED, 0"
                + " messages waiting").contains("Y05MB001  Sampleton Borough (Y05)  folder door, enabled");

        assertThat(run("mailboxes", "enable", "x26ot001")).isZero();
        assertThat(database.mailboxes().find(MailboxId.of("X26OT001")).orElseThrow().enabled()).isTrue();

        assertThat(run("mailboxes", "disable", "NOBODY")).isEqualTo(CpisServerCli.FAILED);
        assertThat(err.toString()).contains("no mailbox NOBODY is registered");
    }

    @Test
    @Order(5)
    void messagesListsByStateAndNeverTheContent() {
        Instant at = Instant.parse("2026-01-15T10:00:00Z");
        database.messages().add(new ExchangeMessage("20260115100000000_AAAAAA", MailboxId.of("CPIS0001"),
                MailboxId.of("X26OT001"), "CPIS_ACCESS_TO_SERVICE", null, "Access to Service", null, 900, "ab", 1,
                MessageState.READY, at, at, null, "ats:X26:2026-01-14", null));
        database.messages().expire(at.plusSeconds(1), at.plusSeconds(5 * 86_400));

        assertThat(run("mailboxes", "messages", "--state", "expired")).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith("1 message:").contains("20260115100000000_AAAAAA  EXPIRED since ")
                .contains("CPIS0001 -> X26OT001  CPIS_ACCESS_TO_SERVICE  900 bytes");
        assertThat(run("mailboxes", "messages", "--state", "LOST")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--state: 'LOST' is not a message state");
    }

    @Test
    @Order(6)
    @DisplayName("CP-IS012: a demographics change file queues each inactive number once")
    void demographicsChangesAreQueuedOnce() {
        Path sample = SAMPLES.resolve("demographics-changes.csv");
        assertThat(run("demographics", "changes", sample.toString())).as(err.toString()).isZero();
        int queued = database.demographicsChanges().pending(1000).size();
        assertThat(queued).isPositive();
        assertThat(out.toString()).startsWith("Loaded " + queued + " demographics changes from ")
                .endsWith(queued + " new, 0 already known" + System.lineSeparator());

        assertThat(run("demographics", "changes", sample.toString())).isZero();
        assertThat(out.toString()).endsWith("0 new, " + queued + " already known" + System.lineSeparator());
        assertThat(database.demographicsChanges().pending(1000)).hasSize(queued);
        NhsNumber first = database.demographicsChanges().pending(1).get(0).inactive();
        assertThat(first).isNotNull();
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
