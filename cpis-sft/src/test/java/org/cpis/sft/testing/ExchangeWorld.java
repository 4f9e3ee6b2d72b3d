package org.cpis.sft.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.InMemoryDemographicsChanges;
import org.cpis.core.testing.InMemoryMailboxes;
import org.cpis.core.testing.InMemoryMessageStore;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.testing.InMemoryTransmissionLog;
import org.cpis.core.testing.InMemoryWorkLocks;
import org.cpis.core.testing.MutableClock;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.body.MessageBodies;
import org.cpis.sft.exchange.Envelope;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;

/**
 * One CP-IS service for a test: the core's in-memory stores, real encrypted message bodies in a temporary folder
 * and a real post office, with the mailboxes of two Local Authorities (X09 and Y05, as in the core's Fixtures).
 * Everything a "restart" must keep lives here; {@link #postOffice()} gives a new post office each time (a new
 * process), on the same stores.
 */
public final class ExchangeWorld {

    public static final MailboxId SERVICE = MailboxId.of("X26CPIS001");
    public static final MailboxId X09_MAILBOX = MailboxId.of("X09OT001");
    public static final MailboxId Y05_MAILBOX = MailboxId.of("Y05OT001");
    public static final Instant REGISTERED = Instant.parse("2026-01-01T10:00:00Z");

    private static final SecretKey KEY = newKey();

    private final Path root;
    private final MutableClock clock;
    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    private final InMemoryMessageStore messages = new InMemoryMessageStore();
    private final InMemoryTransmissionLog transmissions = new InMemoryTransmissionLog();
    private final InMemoryStore store = new InMemoryStore();
    private final FakeDemographics pds = new FakeDemographics();
    private final InMemoryWorkLocks locks = new InMemoryWorkLocks();
    private final InMemoryDemographicsChanges changes = new InMemoryDemographicsChanges();
    private final EncryptedMessageBodies bodies;
    private int processes;

    public ExchangeWorld(Path root, MutableClock clock) {
        this(root, clock, REGISTERED);
    }

    /** With the mailboxes of X09 and Y05 registered at {@code registered}. */
    public ExchangeWorld(Path root, MutableClock clock, Instant registered) {
        this.root = root;
        this.clock = clock;
        this.bodies = new EncryptedMessageBodies(root.resolve("bodies"), KEY);
        register(X09_MAILBOX, "X09", "Exampleshire County Council", registered);
        register(Y05_MAILBOX, "Y05", "Sampleton Borough Council", registered);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Mailbox register(MailboxId id, String ods, String name, Instant at) {
        Mailbox mailbox = new Mailbox(id, OdsCode.of(ods), name, Door.HTTP, true, at, null);
        mailboxes.register(mailbox, "secret-" + ods);
        return mailbox;
    }

    /** A post office of a new process: its own message id sequence, the same stores. */
    public PostOffice postOffice() {
        return postOffice(bodies);
    }

    /** A post office of a new process keeping bodies in {@code bodies} (e.g. one that fails on purpose). */
    public PostOffice postOffice(MessageBodies bodies) {
        return new PostOffice(mailboxes, messages, bodies, transmissions, clock,
                new MessageIds(clock, new Random(++processes)), SERVICE, Workflows.DEFAULTS, 200L * 1024 * 1024);
    }

    /** An LA sends a message to CP-IS on the upload workflow, as a door would hand it over. */
    public ExchangeMessage send(MailboxId from, byte[] body) {
        return send(from, new ByteArrayInputStream(body));
    }

    public ExchangeMessage send(MailboxId from, InputStream body) {
        clock.advance(Duration.ofMillis(7));
        return postOffice().accept(new Envelope(from, SERVICE, Workflows.DEFAULTS.upload(), null, "upload", "upload.xml"),
                body, null);
    }

    /** The plain body of a stored message. */
    public byte[] body(ExchangeMessage message) {
        try (InputStream in = bodies.open(message.messageId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages on a workflow, in the order added. */
    public List<ExchangeMessage> onWorkflow(String workflowId) {
        return messages.all().stream().filter(m -> m.workflowId().equals(workflowId)).toList();
    }

    /** How many encrypted bodies are on disk (each message has one; an orphan is one too many). */
    public long bodyFiles() {
        Path folder = root.resolve("bodies");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cms")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Mailbox mailbox(MailboxId id) {
        return mailboxes.find(id).orElseThrow();
    }

    public Path root() {
        return root;
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryMailboxes mailboxes() {
        return mailboxes;
    }

    public InMemoryMessageStore messages() {
        return messages;
    }

    public InMemoryTransmissionLog transmissions() {
        return transmissions;
    }

    public InMemoryStore store() {
        return store;
    }

    public FakeDemographics pds() {
        return pds;
    }

    public InMemoryWorkLocks locks() {
        return locks;
    }

    public InMemoryDemographicsChanges changes() {
        return changes;
    }

    public EncryptedMessageBodies bodies() {
        return bodies;
    }
}
