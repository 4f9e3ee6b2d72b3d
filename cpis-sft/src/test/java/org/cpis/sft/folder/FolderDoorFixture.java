package org.cpis.sft.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import org.cpis.core.access.Transmission;
import org.cpis.core.exchange.Door;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.exchange.MailboxId;
import org.cpis.core.model.OdsCode;
import org.cpis.core.testing.InMemoryMailboxes;
import org.cpis.core.testing.InMemoryTransmissionLog;
import org.cpis.core.testing.InMemoryWorkLocks;
import org.cpis.core.testing.MutableClock;
import org.cpis.sft.body.EncryptedMessageBodies;
import org.cpis.sft.exchange.MessageIds;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;

/**
 * A folder door over real folders in {@code base}, with the in-memory core fakes, real encrypted bodies and the
 * real post office. Mailboxes: LA A {@value #A} and LA B {@value #B} on the folder door, LA H {@value #H} on the HTTP
 * door; CP-IS is {@value #CPIS}.
 */
final class FolderDoorFixture {

    static final String A = "X26OT001";
    static final String B = "Y05OT001";
    static final String H = "Z01OT001";
    static final String CPIS = "CPIS0001";
    static final Duration INTERVAL = Duration.ofSeconds(2);

    final Path base;
    final Path root;
    final MutableClock clock = MutableClock.at("2026-03-01T09:30:00Z");
    final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    final FlakyMessageStore messages = new FlakyMessageStore();
    final InMemoryTransmissionLog transmissions = new InMemoryTransmissionLog();
    final InMemoryWorkLocks locks = new InMemoryWorkLocks();
    final EncryptedMessageBodies bodies;
    final PostOffice postOffice;
    FolderDoorSettings settings;
    FolderDoor door;

    FolderDoorFixture(Path base) {
        this(base, 10L * 1024 * 1024);
    }

    FolderDoorFixture(Path base, long maxMessageBytes) {
        this.base = base;
        this.root = base.resolve("mailboxes");
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 11);
        bodies = new EncryptedMessageBodies(base.resolve("bodies"), new SecretKeySpec(key, "AES"));
        postOffice = new PostOffice(mailboxes, messages, bodies, transmissions, clock,
                new MessageIds(clock, new Random(5)), MailboxId.of(CPIS), Workflows.DEFAULTS, maxMessageBytes);
        register(A, "X09", Door.FOLDER);
        register(B, "Y05", Door.FOLDER);
        register(H, "Z01", Door.HTTP);
        settings = new FolderDoorSettings(root, INTERVAL, Duration.ofSeconds(1), Duration.ofMinutes(10), 100, 100);
        door = new FolderDoor(postOffice, locks, settings);
    }

    private void register(String id, String ods, Door kind) {
        mailboxes.register(new Mailbox(MailboxId.of(id), OdsCode.of(ods), "Council " + ods, kind, true,
                Instant.parse("2026-01-01T00:00:00Z"), null), "password-" + id);
    }

    /** A new door on the same folders and stores, as after a restart. */
    FolderDoor restart() {
        door = new FolderDoor(postOffice, locks, settings);
        return door;
    }

    FolderDoor withSettings(FolderDoorSettings changed) {
        settings = changed;
        return restart();
    }

    Path out(String mailbox) {
        return root.resolve(mailbox).resolve("OUT");
    }

    Path in(String mailbox) {
        return root.resolve(mailbox).resolve("IN");
    }

    Path error(String mailbox) {
        return root.resolve(mailbox).resolve("ERROR");
    }

    Path claimed(String mailbox) {
        return root.resolve(mailbox).resolve(".claimed");
    }

    /** The control file an LA writes for an upload, as in the digest's example. */
    static String control(String from, String to, String workflow, String localId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <DTSControl>
                  <Version>1.0</Version>
                  <AddressType>DTS</AddressType>
                  <MessageType>Data</MessageType>
                  <WorkflowId>%s</WorkflowId>
                  <From_DTS>%s</From_DTS>
                  <To_DTS>%s</To_DTS>
                  <Subject>CP-IS Local Authority Upload</Subject>
                  <LocalId>%s</LocalId>
                  <Compress>N</Compress>
                </DTSControl>
                """.formatted(workflow, from, to, localId);
    }

    static String upload(String from) {
        return control(from, CPIS, "CPIS_UPLOAD", "UPLOAD-0001");
    }

    static byte[] body(String text) {
        return ("<LAUpload>" + text + "</LAUpload>").getBytes(StandardCharsets.UTF_8);
    }

    /** Puts a pair into a mailbox's OUT as the MESH client's users are told to: the data file first. */
    void drop(String mailbox, String name, byte[] data, String control) throws IOException {
        Files.createDirectories(out(mailbox));
        Files.write(out(mailbox).resolve(name + ".dat"), data);
        Files.writeString(out(mailbox).resolve(name + ".ctl"), control);
    }

    /** Two scans a scan interval apart: what a pair that is complete needs to be taken. */
    ScanResult settle() {
        door.scanOnce();
        clock.advance(INTERVAL);
        return door.scanOnce();
    }

    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    byte[] bodyOf(ExchangeMessage message) throws IOException {
        try (InputStream in = postOffice.open(message)) {
            return in.readAllBytes();
        }
    }

    List<Transmission> logged() {
        return transmissions.all();
    }
}
