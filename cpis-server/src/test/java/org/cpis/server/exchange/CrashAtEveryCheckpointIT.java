package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.exchange.Uploads.ACCESS_TO_SERVICE_WORKFLOW;
import static org.cpis.server.exchange.Uploads.ACK_WORKFLOW;
import static org.cpis.server.exchange.Uploads.child;
import static org.cpis.server.exchange.Uploads.control;
import static org.cpis.server.exchange.Uploads.entry;
import static org.cpis.server.exchange.Uploads.file;
import static org.cpis.server.exchange.Uploads.timesStored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.exchange.MessageState;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.gateway.codec.upload.ReceivedAcknowledgement;
import org.cpis.server.ServerJar;
import org.cpis.server.runtime.CpisService;
import org.cpis.server.runtime.ServerDatabase;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.sft.notify.AccessToServiceJob;
import org.cpis.sft.processing.ProcessingCheckpoints.Point;
import org.cpis.store.CpisDatabase;
import org.cpis.store.jooq.Tables;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The service as its own process (the shaded jar) halted at each point of upload processing, as a power cut or
 * {@code kill -9} would stop it: with {@code CPIS_FAULT_HALT_AT=<point>} the process ends with status 86 when an
 * upload reaches the point; the jar is then started again without it on the same data folder. Afterwards the file is
 * applied exactly once, its LA has exactly one acknowledgement, and the inbound message is PROCESSED. One data folder
 * for all points, one halted and one recovering run per point, an upload of its own per point.
 *
 * <p>The same runs prove what the restarts do for the scheduled jobs: the Access to Service notifications of days
 * missed are sent at start-up, once; a message not collected within {@code exchange.expiry-days} is EXPIRED at the
 * next start, listed by {@code mailboxes messages --state EXPIRED}, and kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAtEveryCheckpointIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(180);
    private static final Duration HALTED_WITHIN = Duration.ofSeconds(180);
    private static final int HALT_STATUS = 86;
    private static final String MAILBOX = "X71OT001";
    private static final String UNCOLLECTED_MAILBOX = "X72OT001";
    private static final UploadedLocalAuthority LA = Uploads.la("X71", "Midshire County Council");
    private static final List<String> NHS = NhsNumbers.block(710, Point.values().length);

    private final AcknowledgementDecoder acknowledgements = new AcknowledgementDecoder();
    private Path folder;
    private Path dataFolder;
    private LaFolder la;
    private boolean registered;
    private ServerJar running;

    @BeforeAll
    void aDataFolder() {
        folder = TemporaryFolders.create("crash-");
        dataFolder = folder.resolve("cpis-data");
        la = new LaFolder(dataFolder.resolve("mailboxes"), MAILBOX);
    }

    @AfterAll
    void stopAndRemoveIt() throws Exception {
        try {
            if (running != null) {
                assertThat(running.terminate(Duration.ofSeconds(60))).as("stderr:%n%s", running.stderr()).isZero();
            }
        } finally {
            if (running != null) {
                running.close();
            }
            TemporaryFolders.delete(folder);
        }
    }

    /** The service after every halt and restart, running for the checks that follow them. */
    private void running() throws Exception {
        if (running == null) {
            running = ServerJar.start(serviceArguments());
            running.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
        }
    }

    @ParameterizedTest(name = "halted at {0}")
    @EnumSource(Point.class)
    @Order(1)
    @DisplayName("CP-IS017 CP-IS018 CP-IS024: halted at a processing checkpoint and restarted, the upload is applied once and acknowledged once")
    void haltedAndRestarted(Point point) throws Exception {
        int index = point.ordinal();
        String sequenceId = Integer.toString(700 + index);
        String localId = "CRASH-" + point;
        byte[] upload = file(LA, sequenceId, child(1, NHS.get(index), "Kim", "Kent", "2016-06-0" + (index + 1)));
        if (registered) {
            la.send(point.name(), upload, control(MAILBOX, localId));
        }

        try (ServerJar halting = ServerJar.start(Map.of("CPIS_FAULT_HALT_AT", point.name()), serviceArguments())) {
            halting.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            if (!registered) {
                registerWhileItRuns();
                la.send(point.name(), upload, control(MAILBOX, localId));
            }
            assertThat(halting.awaitExit(HALTED_WITHIN)).as("exit status; stderr:%n%s", halting.stderr())
                    .isEqualTo(HALT_STATUS);
            assertThat(halting.stderr()).contains("Halting at " + point);
        }

        try (ServerJar restarted = ServerJar.start(serviceArguments())) {
            restarted.awaitStdoutLine(line -> line.startsWith(CpisService.READY), READY_WITHIN);
            LaFolder.Received ack = la.awaitReceived("the acknowledgement of upload " + sequenceId,
                    r -> ACK_WORKFLOW.equals(r.control().workflowId()) && sequenceId.equals(r.control().localId()));
            try (ServerDatabase connection = ServerDatabase.openForAdmin(settings(), "the crash test")) {
                CpisDatabase database = connection.database();
                ExchangeMessage inbound = sentWithLocalId(database, localId);
                Await.untilTrue("upload " + sequenceId + " PROCESSED", () -> state(database, inbound) == MessageState.PROCESSED);
                List<ExchangeMessage> replies = repliesTo(database, inbound);
                assertThat(replies).as("acknowledgements of the upload").singleElement()
                        .satisfies(r -> assertThat(r.messageId()).isEqualTo(ack.messageId()));
                Await.untilTrue("the acknowledgement marked collected",
                        () -> state(database, replies.get(0)) == MessageState.ACKNOWLEDGED);
                assertThat(la.received(ACK_WORKFLOW)).filteredOn(r -> sequenceId.equals(r.control().localId()))
                        .as("acknowledgement files of the upload in IN").hasSize(1);
                ReceivedAcknowledgement decoded = acknowledgements.decode(ack.data());
                assertThat(decoded.fileOutcome()).isEqualTo(FileOutcome.CPF02);
                assertThat(decoded.sequenceId()).isEqualTo(sequenceId);

                assertThat(timesStored(database, NHS.get(index))).as("RECORD_STORED audited").isEqualTo(1);
                assertThat(entry(database, NHS.get(index), "X71")).hasValueSatisfying(
                        e -> assertThat(e.uploadFileId()).isEqualTo(sequenceId));
                Optional<LedgerEntry> ledger = database.transactions().inTransaction(
                        s -> s.fileLedger().find(OdsCode.of("X71"), sequenceId));
                assertThat(ledger).hasValueSatisfying(
                        l -> assertThat(l.acknowledgement().fileOutcome()).isEqualTo(FileOutcome.CPF02));
                if (point == Point.values()[0]) {
                    leaveANotificationUncollectedForDays(database);
                }
            }
            assertThat(restarted.terminate(Duration.ofSeconds(60))).as("stderr:%n%s", restarted.stderr()).isZero();
        }
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS022 CP-IS025: the Access to Service days missed before the first restart were sent at start-up, each once, whatever the later restarts")
    void missedDaysSentOnceAtStartUp() throws Exception {
        running();
        try (ServerDatabase connection = ServerDatabase.openForAdmin(settings(), "the crash test")) {
            CpisDatabase database = connection.database();
            LocalDate registered = ServiceCalendar.dateOf(database.mailboxes()
                    .find(MailboxId.of(UNCOLLECTED_MAILBOX)).orElseThrow().registeredAt());
            for (LocalDate day = registered; day.isBefore(registered.plusDays(3)); day = day.plusDays(1)) {
                assertThat(database.dsl().fetchCount(Tables.EXCHANGE_MESSAGE, Tables.EXCHANGE_MESSAGE.ONCE_KEY
                        .eq(AccessToServiceJob.onceKey(OdsCode.of("X72"), day)))).as("notifications for %s", day)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("A message not collected within exchange.expiry-days is EXPIRED at the next start, listed, its body kept; a newer one stays READY")
    void uncollectedMessageExpiredAtTheNextStartAndKept() throws Exception {
        running();
        ExchangeService.Result expired = new ExchangeService.Cli(dataFolder)
                .run("mailboxes", "messages", "--state", "EXPIRED", "--mailbox", UNCOLLECTED_MAILBOX).assertOk();
        try (ServerDatabase connection = ServerDatabase.openForAdmin(settings(), "the crash test")) {
            CpisDatabase database = connection.database();
            List<ExchangeMessage> notifications = database.dsl().selectFrom(Tables.EXCHANGE_MESSAGE)
                    .where(Tables.EXCHANGE_MESSAGE.RECIPIENT.eq(UNCOLLECTED_MAILBOX))
                    .and(Tables.EXCHANGE_MESSAGE.WORKFLOW_ID.eq(ACCESS_TO_SERVICE_WORKFLOW))
                    .orderBy(Tables.EXCHANGE_MESSAGE.CREATED_AT)
                    .fetch(r -> database.messages().find(r.getMessageId()).orElseThrow());
            assertThat(notifications).hasSizeGreaterThanOrEqualTo(3);
            ExchangeMessage old = notifications.get(0);
            assertThat(old.state()).isEqualTo(MessageState.EXPIRED);
            assertThat(old.note()).isNotBlank();
            assertThat(notifications.subList(1, notifications.size())).extracting(ExchangeMessage::state)
                    .containsOnly(MessageState.READY);
            assertThat(expired.out()).startsWith("1 message:").contains(old.messageId() + "  EXPIRED since ")
                    .contains(ACCESS_TO_SERVICE_WORKFLOW);
            assertThat(dataFolder.resolve("messages").resolve(old.messageId().substring(0, 8))
                    .resolve(old.messageId() + ".cms")).as("the body, kept").isRegularFile();
            assertThat(database.transmissionLog().between(old.createdAt(), Instant.now().plusSeconds(60),
                    10_000)).anySatisfy(t -> {
                        assertThat(t.messageId()).isEqualTo(old.messageId());
                        assertThat(t.outcome()).isEqualTo("EXPIRED");
                    });
        }
    }

    /**
     * The first halted run: the LA's folder-door mailbox, a second LA with an HTTP mailbox nobody collects from,
     * registered three days ago (so the next start sends it the Access to Service notifications of those days), and
     * the children in the demographics table - all by admin commands reaching the running service's database.
     */
    private void registerWhileItRuns() throws Exception {
        ExchangeService.Cli cli = new ExchangeService.Cli(dataFolder);
        cli.run("mailboxes", "register", "--mailbox", MAILBOX, "--ods", "X71", "--name", LA.name(), "--door",
                "folder").assertOk();
        cli.run("mailboxes", "register", "--mailbox", UNCOLLECTED_MAILBOX, "--ods", "X72", "--name",
                "Uncollecting Borough Council", "--door", "http").assertOk();
        StringBuilder people = new StringBuilder("nhs_number,birth_date,given_name,family_name\n");
        for (int i = 0; i < NHS.size(); i++) {
            people.append(NHS.get(i)).append(",2016-06-0").append(i + 1).append(",Kim,Kent\n");
        }
        Path csv = Files.writeString(folder.resolve("people.csv"), people);
        cli.run("demographics", "load", csv.toString()).assertOk();
        try (ServerDatabase connection = ServerDatabase.openForAdmin(settings(), "the crash test")) {
            connection.database().dsl().update(Tables.MAILBOX)
                    .set(Tables.MAILBOX.REGISTERED_AT, Instant.now().minus(Duration.ofDays(3)))
                    .where(Tables.MAILBOX.MAILBOX_ID.eq(UNCOLLECTED_MAILBOX)).execute();
        }
        registered = true;
    }

    /**
     * In the first restarted run, the notifications of the missed days are waiting, READY: the oldest is made older
     * than the expiry time (two days here), as if nobody had collected it for three days.
     */
    private static void leaveANotificationUncollectedForDays(CpisDatabase database) {
        List<String> ready = Await.until("the Access to Service notifications of the missed days", () -> {
            List<String> ids = database.dsl().select(Tables.EXCHANGE_MESSAGE.MESSAGE_ID).from(Tables.EXCHANGE_MESSAGE)
                    .where(Tables.EXCHANGE_MESSAGE.RECIPIENT.eq(UNCOLLECTED_MAILBOX))
                    .and(Tables.EXCHANGE_MESSAGE.STATE.eq(MessageState.READY.name()))
                    .orderBy(Tables.EXCHANGE_MESSAGE.CREATED_AT, Tables.EXCHANGE_MESSAGE.MESSAGE_ID)
                    .fetch(Tables.EXCHANGE_MESSAGE.MESSAGE_ID);
            return ids.size() >= 3 ? Optional.of(ids) : Optional.empty();
        });
        database.dsl().update(Tables.EXCHANGE_MESSAGE)
                .set(Tables.EXCHANGE_MESSAGE.CREATED_AT, Instant.now().minus(Duration.ofDays(3)))
                .where(Tables.EXCHANGE_MESSAGE.MESSAGE_ID.eq(ready.get(0))).execute();
    }

    private String[] serviceArguments() {
        return new String[] {"--data", dataFolder.toString(), "--query-port", "0", "--mesh-port", "0",
                "--exchange-scan-seconds", "1", "--exchange-expiry-days", "2"};
    }

    private Settings settings() {
        return Settings.resolve(Map.of(Setting.DATA_FOLDER, dataFolder.toString()), null, Map.of());
    }

    private static ExchangeMessage sentWithLocalId(CpisDatabase database, String localId) {
        String id = database.dsl().select(Tables.EXCHANGE_MESSAGE.MESSAGE_ID).from(Tables.EXCHANGE_MESSAGE)
                .where(Tables.EXCHANGE_MESSAGE.SENDER.eq(MAILBOX)).and(Tables.EXCHANGE_MESSAGE.LOCAL_ID.eq(localId))
                .fetchSingle().value1();
        return database.messages().find(id).orElseThrow();
    }

    private static List<ExchangeMessage> repliesTo(CpisDatabase database, ExchangeMessage inbound) {
        return database.dsl().select(Tables.EXCHANGE_MESSAGE.MESSAGE_ID).from(Tables.EXCHANGE_MESSAGE)
                .where(Tables.EXCHANGE_MESSAGE.LINKED_ID.eq(inbound.messageId()))
                .fetch(Tables.EXCHANGE_MESSAGE.MESSAGE_ID).stream()
                .map(id -> database.messages().find(id).orElseThrow()).toList();
    }

    private static MessageState state(CpisDatabase database, ExchangeMessage message) {
        return database.messages().find(message.messageId()).orElseThrow().state();
    }
}
