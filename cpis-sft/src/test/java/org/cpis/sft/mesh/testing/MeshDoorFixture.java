package org.cpis.sft.mesh.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Random;
import javax.crypto.KeyGenerator;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.core.testing.InMemoryMailboxes;
import org.cpis.core.testing.InMemoryMessageStore;
import org.cpis.core.testing.InMemoryTransmissionLog;
import org.cpis.core.testing.MutableClock;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;
import org.cpis.sft.mesh.MeshDoor;
import org.cpis.sft.mesh.MeshDoorSettings;
import org.cpis.sft.mesh.client.MeshClient;

/**
 * A running MESH door over mutual TLS on a random port, on the core's in-memory fakes with real encrypted bodies
 * on disk and a real post office: two Local Authority mailboxes (X09 and Y05, Y05 bound to its certificate), a
 * disabled one (Z01), the CP-IS mailbox, and client certificates for each.
 */
public final class MeshDoorFixture implements AutoCloseable {

    public static final String SHARED_SECRET = "TestKey";
    public static final MailboxId SERVICE = MailboxId.of("X26CPIS001");
    public static final String LA_X = "X09OT001";
    public static final String LA_Y = "Y05OT001";
    public static final String LA_DISABLED = "Z01OT001";
    public static final String PASSWORD_X = "x-password";
    public static final String PASSWORD_Y = "y-password";
    public static final String PASSWORD_DISABLED = "z-password";
    public static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    /** The post office's limit on a whole message. */
    public static final long MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    public final InMemoryMessageStore messages = new InMemoryMessageStore();
    public final InMemoryTransmissionLog transmissions = new InMemoryTransmissionLog();
    public final Path bodiesFolder;
    public final EncryptedMessageBodies bodies;
    public final PostOffice postOffice;
    public final TestCertificates pki = TestCertificates.create();
    public final TestCertificates.Identity clientX = pki.client(LA_X + ".X09.api.mesh-client.nhs.uk");
    public final TestCertificates.Identity clientY = pki.client(LA_Y + ".Y05.api.mesh-client.nhs.uk");
    public final MeshDoor door;

    /** A door with the given limits on one request and on download chunks. */
    public MeshDoorFixture(Path folder, long maxRequestBytes, long downloadChunkBytes) {
        try {
            bodiesFolder = Files.createDirectories(folder.resolve("bodies"));
            KeyGenerator aes = KeyGenerator.getInstance("AES");
            aes.init(256);
            bodies = new EncryptedMessageBodies(bodiesFolder, aes.generateKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        postOffice = new PostOffice(mailboxes, messages, bodies, transmissions, clock,
                new MessageIds(clock, new Random(7)), SERVICE, Workflows.DEFAULTS, MAX_MESSAGE_BYTES);
        mailboxes.register(new Mailbox(MailboxId.of(LA_X), OdsCode.of("X09"), "Exampleshire County Council",
                Door.HTTP, true, START, null), PASSWORD_X);
        mailboxes.register(new Mailbox(MailboxId.of(LA_Y), OdsCode.of("Y05"), "Sampleton Borough Council",
                Door.HTTP, true, START, clientY.fingerprint()), PASSWORD_Y);
        mailboxes.register(new Mailbox(MailboxId.of(LA_DISABLED), OdsCode.of("Z01"), "Closed Council", Door.HTTP,
                false, START, null), PASSWORD_DISABLED);
        TestCertificates.Identity server = pki.server();
        door = MeshDoor.start(new MeshDoorSettings("127.0.0.1", 0,
                new MeshDoorSettings.Transport.MutualTls(server.keyManagers(), pki.trustManagers()), SHARED_SECRET,
                maxRequestBytes, downloadChunkBytes, MeshDoorSettings.DEFAULT_AUTH_CLOCK_SKEW, 1000), postOffice);
    }

    public URI address() {
        return door.address();
    }

    /** A MESH client for mailbox X09OT001 with its certificate. */
    public MeshClient.Builder clientOfX() {
        return MeshClient.builder(address(), LA_X, PASSWORD_X, SHARED_SECRET).clock(clock)
                .sslContext(pki.clientContext(clientX));
    }

    /** A MESH client for mailbox Y05OT001 with its (registered) certificate. */
    public MeshClient.Builder clientOfY() {
        return MeshClient.builder(address(), LA_Y, PASSWORD_Y, SHARED_SECRET).clock(clock)
                .sslContext(pki.clientContext(clientY));
    }

    /** Posts a message from CP-IS to a Local Authority's mailbox (READY), as upload processing does. */
    public String post(String mailbox, String workflowId, byte[] body) {
        Mailbox recipient = mailboxes.find(MailboxId.of(mailbox)).orElseThrow();
        return postOffice.post(recipient, workflowId, "CP-IS Acknowledgement", "LOCAL-1", null, null, body)
                .orElseThrow().messageId();
    }

    /** How many files the body store holds (bodies, chunks and their checksums). */
    public long storedFiles() {
        try (var files = Files.walk(bodiesFolder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        door.close();
    }
}
