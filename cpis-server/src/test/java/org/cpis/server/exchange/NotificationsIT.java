package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.server.exchange.Uploads.ACCESS_TO_SERVICE_WORKFLOW;
import static org.cpis.server.exchange.Uploads.ACK_WORKFLOW;
import static org.cpis.server.exchange.Uploads.INACTIVE_WORKFLOW;
import static org.cpis.server.exchange.Uploads.SERVICE_MAILBOX;
import static org.cpis.server.exchange.Uploads.UPLOAD_WORKFLOW;
import static org.cpis.server.exchange.Uploads.child;
import static org.cpis.server.exchange.Uploads.control;
import static org.cpis.server.exchange.Uploads.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.query.NhsQuery;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.QueryService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.rules.UnbornPlanAccessPolicy;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.gateway.codec.upload.AcknowledgementDecoder;
import org.cpis.server.runtime.ServerDatabase;
import org.cpis.sft.body.BodyKey;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.mesh.client.MeshClient;
import org.cpis.sft.mesh.client.MeshMessageInfo;
import org.cpis.sft.mesh.client.MeshOutgoing;
import org.cpis.sft.notify.AccessToServiceJob;
import org.cpis.sft.notify.AccessToServiceRun;
import org.cpis.store.CpisDatabase;
import org.cpis.store.jooq.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notifications an LA receives, on the service's PostgreSQL and through both doors: Local Authority X61 uses the
 * folder door, X62 the MESH door; both hold child 0 and child 2, X61 also child 1.
 * <ul>
 *   <li>Access to Service: the job of cpis-sft run by the test on a {@link MutableClock} against the real store,
 *   as two nodes at once and then again: a day with accesses (real NHS Queries through the core's QueryService on
 *   that clock), and days without.</li>
 *   <li>Inactive NHS Number: {@code demographics changes FILE} loaded while the service runs; the service's own job
 *   notifies both LAs.</li>
 * </ul>
 */
@ExtendWith(SharedExchangeService.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {

    private static final String FOLDER_MAILBOX = "X61OT001";
    private static final String MESH_MAILBOX = "X62OT001";
    private static final UploadedLocalAuthority FOLDER_LA = Uploads.la("X61", "Southshire County Council");
    private static final UploadedLocalAuthority MESH_LA = Uploads.la("X62", "Northborough Council");
    private static final List<String> NHS = NhsNumbers.block(610, 4);

    private final ExchangeService service;
    private final AccessToServiceNotificationCodec accessToService = new AccessToServiceNotificationCodec();
    private final InactiveNhsNumberNotificationCodec inactive = new InactiveNhsNumberNotificationCodec();
    private LaFolder folder;
    private MeshClient mesh;

    NotificationsIT(ExchangeService service) {
        this.service = service;
    }

    @BeforeAll
    void twoLasHoldChildren(@TempDir Path files) throws Exception {
        service.register(FOLDER_MAILBOX, FOLDER_LA.odsCode(), FOLDER_LA.name(), "folder", "southshire-secret");
        service.register(MESH_MAILBOX, MESH_LA.odsCode(), MESH_LA.name(), "http", "northborough-secret");
        service.loadPeople(files, List.of(NHS.get(0) + ",2015-01-01,Ann,Able", NHS.get(1) + ",2016-02-02,Bob,Baker",
                NHS.get(2) + ",2017-03-03,Cat,Cole"));
        folder = service.folder(FOLDER_MAILBOX);
        mesh = service.meshClient(MESH_MAILBOX, "northborough-secret").build();

        folder.send("holdings", file(FOLDER_LA, "601", child(1, NHS.get(0), "Ann", "Able", "2015-01-01"),
                child(2, NHS.get(1), "Bob", "Baker", "2016-02-02"), child(3, NHS.get(2), "Cat", "Cole", "2017-03-03")),
                control(FOLDER_MAILBOX, "SOUTH-601"));
        byte[] upload = file(MESH_LA, "602", child(1, NHS.get(0), "Ann", "Able", "2015-01-01"),
                child(2, NHS.get(2), "Cat", "Cole", "2017-03-03"));
        mesh.send(MeshOutgoing.to(SERVICE_MAILBOX, UPLOAD_WORKFLOW), new ByteArrayInputStream(upload), upload.length);

        AcknowledgementDecoder acks = new AcknowledgementDecoder();
        LaFolder.Received folderAck = folder.awaitReceived("the acknowledgement of upload 601",
                r -> ACK_WORKFLOW.equals(r.control().workflowId()));
        assertThat(acks.decode(folderAck.data()).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        folder.remove(folderAck);
        String meshAck = awaitMesh(ACK_WORKFLOW, 1).get(0);
        assertThat(acks.decode(download(meshAck).body()).fileOutcome()).isEqualTo(FileOutcome.CPF02);
        mesh.acknowledge(meshAck);
    }

    @Test
    @Order(1)
    @DisplayName("CP-IS022 CP-IS025 CP-IS037 CP-IS070 CP-IS023: one Access to Service notification per LA per day, with and without accesses, two nodes at once, then nothing more")
    void accessToServiceOncePerLaPerDay() throws Exception {
        LocalDate registered = registrationDay();
        LocalDate accessDay = registered.plusDays(1);
        LocalDate quietDay = registered.plusDays(2);
        MutableClock clock = new MutableClock(londonTime(accessDay, "10:00"));
        QueryService queries = new QueryService(service.database().transactions(), service.database().organisations(),
                clock, UnbornPlanAccessPolicy.standard());
        query(queries, clock, NHS.get(0), Fixtures.nurse("555000000101"));
        clock.set(londonTime(accessDay, "10:30"));
        query(queries, clock, NHS.get(0), Fixtures.nurse("555000000101")); // the same worker again: condensed away
        clock.set(londonTime(accessDay, "11:00"));
        query(queries, clock, NHS.get(0), Fixtures.nurse("555000000102"));
        clock.set(londonTime(accessDay, "12:00"));
        query(queries, clock, NHS.get(1), Fixtures.nurse("555000000101"));
        clock.set(londonTime(registered.plusDays(3), "01:00"));

        AccessToServiceRun[] firstRuns = runTwoNodesAtOnce(clock);

        // other test classes' mailboxes on the shared service may be due too: at least our two LAs' three days
        assertThat(firstRuns[0].sent() + firstRuns[1].sent()).isGreaterThanOrEqualTo(6);
        List<LocalDate> days = List.of(registered, accessDay, quietDay);
        for (String ods : List.of("X61", "X62")) {
            for (LocalDate day : days) {
                assertThat(messagesWithOnceKey(AccessToServiceJob.onceKey(org.cpis.core.model.OdsCode.of(ods), day)))
                        .as("notifications to %s for %s", ods, day).isEqualTo(1);
            }
        }
        AccessToServiceRun again = job(service.database(), clock).runDue(clock.instant());
        assertThat(again.sent()).isZero();
        assertThat(notificationsTo(FOLDER_MAILBOX)).hasSize(3);
        assertThat(notificationsTo(MESH_MAILBOX)).hasSize(3);

        Map<LocalDate, AccessToServiceNotification> byFolder = new TreeMap<>();
        for (LaFolder.Received r : awaitFolder(ACCESS_TO_SERVICE_WORKFLOW, 3)) {
            byFolder.put(dayOf(r.control().subject()), accessToService.decode(r.data()));
        }
        assertThat(byFolder).containsOnlyKeys(days);
        assertThat(byFolder.get(registered).children()).isEmpty();
        assertThat(byFolder.get(quietDay).children()).isEmpty();
        assertThat(byFolder.get(accessDay).recipient().code().value()).isEqualTo("X61");
        assertThat(byFolder.get(accessDay).children()).extracting(c -> c.nhsNumber().value())
                .containsExactlyInAnyOrder(NHS.get(0), NHS.get(1));
        assertThat(accessesTo(byFolder.get(accessDay), NHS.get(0))).isEqualTo(2);
        assertThat(accessesTo(byFolder.get(accessDay), NHS.get(1))).isEqualTo(1);

        Map<LocalDate, AccessToServiceNotification> byMesh = new TreeMap<>();
        for (String id : awaitMesh(ACCESS_TO_SERVICE_WORKFLOW, 3)) {
            Downloaded d = download(id);
            byMesh.put(dayOf(d.info().subject()), accessToService.decode(d.body()));
            mesh.acknowledge(id);
        }
        assertThat(byMesh).containsOnlyKeys(days);
        assertThat(byMesh.get(registered).children()).isEmpty();
        assertThat(byMesh.get(quietDay).children()).isEmpty();
        assertThat(byMesh.get(accessDay).recipient().code().value()).isEqualTo("X62");
        // X62 does not hold child 1: it hears only of its own children (CP-IS023)
        assertThat(byMesh.get(accessDay).children()).extracting(c -> c.nhsNumber().value())
                .containsExactly(NHS.get(0));
        assertThat(accessesTo(byMesh.get(accessDay), NHS.get(0))).isEqualTo(2);
    }

    @Test
    @Order(2)
    @DisplayName("CP-IS012 CP-IS023: a demographics change loaded while the service runs - one Inactive NHS Number notification to each LA holding the number, through each door, once")
    void inactiveNhsNumberToBothLasOnce(@TempDir Path files) throws Exception {
        Path changes = Files.writeString(files.resolve("changes.csv"),
                "nhs_number,replacement_nhs_number,kind\n" + NHS.get(2) + "," + NHS.get(3) + ",SUPERSEDED\n");

        assertThat(service.cli("demographics", "changes", changes.toString()).assertOk().out())
                .contains(": 1 new, 0 already known");

        LaFolder.Received viaFolder = awaitFolder(INACTIVE_WORKFLOW, 1).get(0);
        InactiveNhsNumberNotification toFolderLa = inactive.decode(viaFolder.data());
        assertThat(toFolderLa.recipient().code().value()).isEqualTo("X61");
        assertThat(toFolderLa.subjects()).singleElement().satisfies(s -> {
            assertThat(s.inactiveNhsNumber().value()).isEqualTo(NHS.get(2));
            assertThat(s.replacement().value()).isEqualTo(NHS.get(3));
            assertThat(s.localChildId()).isEqualTo("LOCAL-" + NHS.get(2));
            assertThat(s.uploadFileId()).isEqualTo("601");
        });
        String viaMesh = awaitMesh(INACTIVE_WORKFLOW, 1).get(0);
        InactiveNhsNumberNotification toMeshLa = inactive.decode(download(viaMesh).body());
        assertThat(toMeshLa.recipient().code().value()).isEqualTo("X62");
        assertThat(toMeshLa.subjects()).singleElement().satisfies(s -> {
            assertThat(s.inactiveNhsNumber().value()).isEqualTo(NHS.get(2));
            assertThat(s.replacement().value()).isEqualTo(NHS.get(3));
            assertThat(s.uploadFileId()).isEqualTo("602");
        });
        mesh.acknowledge(viaMesh);

        assertThat(service.cli("demographics", "changes", changes.toString()).assertOk().out())
                .contains(": 0 new, 1 already known");
        long changeId = service.database().dsl().select(Tables.DEMOGRAPHICS_CHANGE.CHANGE_ID)
                .from(Tables.DEMOGRAPHICS_CHANGE).where(Tables.DEMOGRAPHICS_CHANGE.INACTIVE_NHS_NUMBER.eq(NHS.get(2)))
                .fetchSingle().value1();
        assertThat(service.database().demographicsChanges().pending(500)).noneMatch(c -> c.id() == changeId);
        assertThat(service.database().dsl().fetchCount(Tables.EXCHANGE_MESSAGE,
                Tables.EXCHANGE_MESSAGE.ONCE_KEY.like("inactive:" + changeId + ":%"))).isEqualTo(2);
        assertThat(notificationsOn(FOLDER_MAILBOX, INACTIVE_WORKFLOW)).hasSize(1);
        assertThat(notificationsOn(MESH_MAILBOX, INACTIVE_WORKFLOW)).hasSize(1);
    }

    private AccessToServiceRun[] runTwoNodesAtOnce(Clock clock) throws Exception {
        try (ServerDatabase secondNode = ServerDatabase.openForAdmin(service.settings(), "a second node")) {
            AccessToServiceJob first = job(service.database(), clock);
            AccessToServiceJob second = job(secondNode.database(), clock);
            CompletableFuture<AccessToServiceRun> one = CompletableFuture.supplyAsync(() -> first.runDue(clock.instant()));
            CompletableFuture<AccessToServiceRun> two = CompletableFuture.supplyAsync(() -> second.runDue(clock.instant()));
            return new AccessToServiceRun[] {one.get(5, TimeUnit.MINUTES), two.get(5, TimeUnit.MINUTES)};
        }
    }

    /** The daily job of one node: its own post office over the service's mailboxes and message bodies. */
    private AccessToServiceJob job(CpisDatabase database, Clock clock) {
        SecretKey key = BodyKey.loadOrCreate(service.dataFolder().resolve("keys").resolve("message-bodies.p12"),
                service.developmentPassword());
        PostOffice postOffice = new PostOffice(database.mailboxes(), database.messages(),
                new EncryptedMessageBodies(service.dataFolder().resolve("messages"), key), database.transmissionLog(),
                clock, MessageIds.secure(clock), MailboxId.of(SERVICE_MAILBOX), Workflows.DEFAULTS, 100L << 20);
        return new AccessToServiceJob(postOffice, database.workLocks(), new NotificationService(database.transactions(),
                database.organisations(), clock, IdGenerator.random()), accessToService,
                AccessToServiceJob.DEFAULT_CATCH_UP_DAYS);
    }

    private static void query(QueryService queries, Clock clock, String nhs, QueryAuthor author) {
        QueryResult result = queries.query(new NhsQuery(UUID.randomUUID(), NhsNumber.of(nhs), clock.instant(), author));
        assertThat(result).isInstanceOf(QueryResult.Found.class);
    }

    /** The England day both mailboxes were registered on (the later one's, should registration cross midnight). */
    private LocalDate registrationDay() {
        Instant folder = service.database().mailboxes().find(MailboxId.of(FOLDER_MAILBOX)).orElseThrow().registeredAt();
        Instant mesh = service.database().mailboxes().find(MailboxId.of(MESH_MAILBOX)).orElseThrow().registeredAt();
        return ServiceCalendar.dateOf(folder.isAfter(mesh) ? folder : mesh);
    }

    private static Instant londonTime(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ServiceCalendar.ZONE).toInstant();
    }

    /** The day a notification is for, from its subject ("CP-IS Access to Service notification for 2026-03-02"). */
    private static LocalDate dayOf(String subject) {
        assertThat(subject).startsWith("CP-IS Access to Service notification for ");
        return LocalDate.parse(subject.substring(subject.lastIndexOf(' ') + 1));
    }

    private static int accessesTo(AccessToServiceNotification n, String nhs) {
        return n.children().stream().filter(c -> c.nhsNumber().value().equals(nhs)).findFirst()
                .map(ChildAccesses::accesses).orElseThrow().size();
    }

    private int messagesWithOnceKey(String onceKey) {
        return service.database().dsl().fetchCount(Tables.EXCHANGE_MESSAGE, Tables.EXCHANGE_MESSAGE.ONCE_KEY.eq(onceKey));
    }

    private List<ExchangeMessage> notificationsTo(String mailbox) {
        return notificationsOn(mailbox, ACCESS_TO_SERVICE_WORKFLOW);
    }

    private List<ExchangeMessage> notificationsOn(String mailbox, String workflow) {
        return service.messagesOf(mailbox).stream()
                .filter(m -> m.recipient().value().equals(mailbox) && m.workflowId().equals(workflow)).toList();
    }

    /** Waits until IN holds {@code count} messages of the workflow; fails if there are more. */
    private List<LaFolder.Received> awaitFolder(String workflow, int count) {
        List<LaFolder.Received> received = Await.until(count + " " + workflow + " messages in " + folder.in(), () -> {
            List<LaFolder.Received> now = folder.received(workflow);
            return now.size() >= count ? java.util.Optional.of(now) : java.util.Optional.empty();
        });
        assertThat(received).hasSize(count);
        return received;
    }

    /** Waits until the MESH inbox holds {@code count} messages of the workflow; fails if there are more. */
    private List<String> awaitMesh(String workflow, int count) {
        List<String> ids = Await.until(count + " " + workflow + " messages in the MESH inbox of " + MESH_MAILBOX, () -> {
            try {
                List<String> now = new ArrayList<>(mesh.inbox(workflow));
                return now.size() >= count ? java.util.Optional.of(now) : java.util.Optional.empty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(ids).hasSize(count);
        return ids;
    }

    private Downloaded download(String id) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        MeshMessageInfo info = mesh.download(id, body);
        return new Downloaded(info, body.toByteArray());
    }

    private record Downloaded(MeshMessageInfo info, byte[] body) {
    }
}
