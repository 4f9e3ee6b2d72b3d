package org.cpis.server.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.cpis.core.notification.NotificationService;
import org.cpis.core.port.IdGenerator;
import org.cpis.core.port.Transactions;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.notification.AccessToServiceNotificationCodec;
import org.cpis.gateway.codec.notification.InactiveNhsNumberNotificationCodec;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.server.pki.PkiFolder;
import org.cpis.server.pki.PkiPassword;
import org.cpis.server.settings.ExchangeSettings;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.sft.body.BodyKey;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.folder.FolderDoor;
import org.cpis.sft.folder.FolderDoorSettings;
import org.cpis.sft.mesh.MeshDoor;
import org.cpis.sft.mesh.MeshDoorSettings;
import org.cpis.sft.mesh.MeshDoorStartException;
import org.cpis.sft.notify.AccessToServiceJob;
import org.cpis.sft.notify.DailyAccessToServiceSchedule;
import org.cpis.sft.notify.ExpirySweep;
import org.cpis.sft.notify.InactiveNhsNumberJob;
import org.cpis.sft.processing.ProcessingCheckpoints;
import org.cpis.sft.processing.UploadProcessor;
import org.cpis.store.CpisDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Local Authority file exchange of the running service (issue 5): the mailboxes' post office over the database
 * and the encrypted message bodies in {@code <data>/messages}, the folder door, the MESH-compatible HTTP door (off,
 * with the reason, when there are no TLS keys), upload processing, the daily Access to Service notifications, the
 * Inactive NHS Number notifications and the expiry sweep - each run by {@link ExchangeSchedule}.
 */
final class FileExchange implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileExchange.class);

    private final PostOffice postOffice;
    private final MeshDoor meshDoor;
    private final String meshDoorOff;
    private final FolderDoor folderDoor;
    private final ExchangeSchedule schedule;

    private FileExchange(PostOffice postOffice, MeshDoor meshDoor, String meshDoorOff, FolderDoor folderDoor,
                         ExchangeSchedule schedule) {
        this.postOffice = postOffice;
        this.meshDoor = meshDoor;
        this.meshDoorOff = meshDoorOff;
        this.folderDoor = folderDoor;
        this.schedule = schedule;
    }

    /** Opens the mailboxes and starts both doors and every job. */
    static FileExchange start(Settings settings, CpisDatabase database, Clock clock, ProcessingCheckpoints checkpoints) {
        ExchangeSettings exchange = settings.exchange();
        PkiPassword password = PkiPassword.resolve(settings, true);
        SecretKey key = BodyKey.loadOrCreate(settings.dataFolder().resolve("keys").resolve("message-bodies.p12"),
                password.value());
        PostOffice postOffice = new PostOffice(database.mailboxes(), database.messages(),
                new EncryptedMessageBodies(settings.dataFolder().resolve("messages"), key), database.transmissionLog(),
                clock, MessageIds.secure(clock), exchange.serviceMailbox(), exchange.workflows(),
                exchange.maxMessageBytes());

        ResultSpilling spilling = new ResultSpilling(settings.dataFolder().resolve("upload-spill"), 5_000);
        int purged = spilling.purge();
        if (purged > 0) {
            LOG.info("Removed {} upload spill files left by an earlier run", purged);
        }
        // the file ledger reads a large upload's results back through the same spilling, in bounded memory
        Transactions uploadTransactions = database.transactions(spilling);
        UploadProcessor processor = new UploadProcessor(postOffice, database.workLocks(),
                new UploadService(uploadTransactions, database.demographics(), clock,
                        UploadService.DEFAULT_BATCH_SIZE, spilling),
                uploadTransactions, new UploadDecoder(), new AcknowledgementEncoder(), checkpoints);
        NotificationService notifications = new NotificationService(database.transactions(), database.organisations(),
                clock, IdGenerator.random());
        AccessToServiceJob accessToService = new AccessToServiceJob(postOffice, database.workLocks(), notifications,
                new AccessToServiceNotificationCodec(), AccessToServiceJob.DEFAULT_CATCH_UP_DAYS);
        InactiveNhsNumberJob inactive = new InactiveNhsNumberJob(postOffice, database.workLocks(),
                database.demographicsChanges(), notifications, new InactiveNhsNumberNotificationCodec(),
                InactiveNhsNumberJob.DEFAULT_CHANGES_PER_RUN);
        ExpirySweep expiry = new ExpirySweep(postOffice, Duration.ofDays(exchange.expiryDays()));

        FolderDoorSettings folderSettings = FolderDoorSettings.defaults(settings.dataFolder());
        FolderDoor folderDoor = new FolderDoor(postOffice, database.workLocks(), new FolderDoorSettings(
                settings.exchangeFolders(), Duration.ofSeconds(exchange.scanSeconds()), folderSettings.quietPeriod(),
                folderSettings.controlAloneTimeout(), folderSettings.maxPairsPerScan(),
                folderSettings.maxDeliveriesPerScan()));

        MeshDoor meshDoor = null;
        String meshDoorOff = null;
        ExchangeSchedule schedule = null;
        try {
            MeshDoorSettings mesh = meshDoorSettings(settings);
            if (mesh == null) {
                meshDoorOff = missingKeys(PkiFolder.of(settings.dataFolder()));
                LOG.warn("MESH door off: {}", meshDoorOff);
            } else {
                meshDoor = MeshDoor.start(mesh, postOffice);
            }
            schedule = ExchangeSchedule.start(clock, Duration.ofSeconds(exchange.scanSeconds()), folderDoor, processor,
                    accessToService, exchange.notifyTime() == null ? null
                            : new DailyAccessToServiceSchedule(exchange.notifyTime(),
                            org.cpis.core.rules.ServiceCalendar.ZONE), inactive, expiry);
            return new FileExchange(postOffice, meshDoor, meshDoorOff, folderDoor, schedule);
        } catch (MeshDoorStartException e) {
            throw new StartupException(e.getMessage() + "; choose another port with " + Setting.MESH_PORT.key()
                    + " (" + Setting.MESH_PORT.environmentVariable() + ", " + Setting.MESH_PORT.flag() + ")", e);
        } catch (RuntimeException e) {
            if (meshDoor != null) {
                meshDoor.close();
            }
            throw e;
        }
    }

    private static MeshDoorSettings meshDoorSettings(Settings settings) {
        ExchangeSettings exchange = settings.exchange();
        MeshSecret secret = MeshSecret.resolve(settings);
        if (secret.isDevelopment()) {
            LOG.warn(secret.warning());
        }
        if (exchange.meshPlainHttp()) {
            LOG.warn("!!! {}=true: the MESH door serves PLAIN HTTP on 127.0.0.1 WITHOUT CLIENT CERTIFICATES. For a local"
                    + " demo only: never on a machine others can use, never with real data.", Setting.MESH_HTTP.key());
            return MeshDoorSettings.plainHttpForDemo(exchange.meshPort(), secret.value());
        }
        PkiFolder pki = PkiFolder.of(settings.dataFolder());
        if (missingKeys(pki) != null) {
            return null;
        }
        TlsMaterial tls = TlsMaterial.load(pki.directory(), PkiPassword.resolve(settings, false).value());
        return MeshDoorSettings.mutualTls(exchange.meshPort(), tls.keyManagers(), tls.trustManagers(), secret.value());
    }

    private static String missingKeys(PkiFolder pki) {
        if (!Files.isRegularFile(pki.caCertificate()) || !Files.isRegularFile(pki.serverKeystore())) {
            return "no TLS keys in " + pki.directory() + ": run 'cpis-server pki init' and then 'cpis-server pki"
                    + " server' to switch it on (or set " + Setting.MESH_HTTP.key() + "=true for a local demo over plain"
                    + " HTTP); the folder door works without";
        }
        return null;
    }

    /** One phrase for the ready line: where each door is. */
    String describe(Path folders) {
        return "LA folder door " + folders + ", MESH door " + (meshDoor == null ? "off (" + meshDoorOff + ")"
                : meshDoor.address() + (meshDoor.isMutualTls() ? " (mutual TLS)" : " (PLAIN HTTP, local demo only)"))
                + ", CP-IS mailbox " + postOffice.serviceMailbox();
    }

    /** The MESH door, listening; {@code null} when it is off. */
    MeshDoor meshDoor() {
        return meshDoor;
    }

    FolderDoor folderDoor() {
        return folderDoor;
    }

    /** Stops taking messages (the HTTP door first), then lets running jobs finish. */
    @Override
    public void close() {
        try {
            if (meshDoor != null) {
                meshDoor.close();
            }
        } finally {
            schedule.close();
        }
    }
}
