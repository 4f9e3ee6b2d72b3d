package org.cpis.sft.folder;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpis.core.exchange.ExchangeMessage;
import org.cpis.core.exchange.Mailbox;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.Status;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlWriter;
import org.cpis.sft.control.StatusRecord;
import org.cpis.sft.exchange.PostOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the messages waiting for a Local Authority (READY) over through its IN folder, as the MESH client receives
 * them: {@code <messageId>.dat}, then {@code <messageId>.ctl} (the signal), each written whole under a hidden name
 * and renamed into place; then the message is acknowledged, since the folder door counts writing to IN as collected.
 *
 * <p>At least once: a crash after the files are written and before the acknowledgement writes the same two files
 * again at the next scan (same names, same content but the control file's StatusRecord time). The LA's system tells a
 * repeat by the name (the message id, also in {@code DTSId}).
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(FolderDoor.class);
    private static final Pattern FILE_NAME_SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,119}");
    static final String TRANSFERRED = "Transferred to recipient mailbox";

    private final PostOffice postOffice;
    private final DtsControlWriter writer;
    private final int maxPerScan;
    private final Clock clock;
    private final Set<String> warned = new HashSet<>();

    Delivery(PostOffice postOffice, DtsControlWriter writer, int maxPerScan) {
        this.postOffice = postOffice;
        this.writer = writer;
        this.maxPerScan = maxPerScan;
        this.clock = postOffice.clock();
    }

    void deliver(Mailbox mailbox, MailboxFolders folders, ScanResult.Tally tally) {
        for (ExchangeMessage message : postOffice.messages().inbox(mailbox.id(), maxPerScan)) {
            if (!message.recipient().equals(mailbox.id()) || !FILE_NAME_SAFE.matcher(message.messageId()).matches()) {
                tally.failed++;
                warnOnce(message, "it is not for this mailbox, or its id cannot name a file");
                continue; // never written into another LA's folder, nor outside IN
            }
            try {
                write(folders, message);
                postOffice.acknowledge(mailbox.id(), message.messageId());
                tally.delivered++;
                warned.remove(message.messageId());
                LOG.info("folder door: delivered message {} to mailbox {} ({} bytes)", message.messageId(),
                        mailbox.id(), message.sizeBytes());
            } catch (IOException | RuntimeException e) {
                tally.failed++;
                warnOnce(message, "trying again at the next scan (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private void write(MailboxFolders folders, ExchangeMessage message) throws IOException {
        DtsControl control = DtsControl.data()
                .addressType(AddressType.ALL)
                .workflowId(message.workflowId())
                .fromDts(message.sender().value())
                .toDts(message.recipient().value())
                .subject(message.subject())
                .localId(message.localId())
                .dtsId(message.messageId())
                .statusRecord(new StatusRecord(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        Event.TRANSFER, Status.SUCCESS, "00", TRANSFERRED))
                .build();
        byte[] controlFile = writer.toBytes(control);
        try (InputStream body = postOffice.open(message)) {
            DurableFiles.copy(body, folders.in().resolve(message.messageId() + ClaimKey.DATA));
        }
        DurableFiles.write(folders.in().resolve(message.messageId() + ClaimKey.CONTROL), out -> out.write(controlFile));
    }

    private void warnOnce(ExchangeMessage message, String why) {
        if (warned.add(message.messageId())) {
            LOG.warn("folder door: could not deliver message {} to mailbox {}: {}", message.messageId(),
                    message.recipient(), why);
        }
    }
}
