package org.cpis.sft.la.transport.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cpis.sft.control.ControlFileException;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.MessageType;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlReader;
import org.cpis.sft.control.DtsControlWriter;
import org.cpis.sft.control.StatusRecord;
import org.cpis.sft.la.state.AtomicFiles;
import org.cpis.sft.la.transport.InboxMessage;
import org.cpis.sft.la.transport.LaTransport;
import org.cpis.sft.la.transport.OutboundMessage;
import org.cpis.sft.la.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LA's mailbox as the NHS MESH client keeps it on disk (its {@code InterfaceRoot}; MESH-AND-SFT.md 3.2): an
 * upload is dropped in {@code OUT/} as {@code <name>.dat} then {@code <name>.ctl}, each written whole under a
 * temporary name and renamed in place, so the MESH client never picks up half a file; received messages are read
 * from {@code IN/} ({@code <messageId>.dat} + {@code .ctl}, a report as a {@code .ctl} alone) and acknowledged by
 * removing the pair. The same layout is served by the CP-IS service's folder door.
 * <p>
 * Control files are written and read by the project's DTSControl writer and reader ({@code org.cpis.sft.control}),
 * the same ones the service's folder door uses; a control file in {@code IN/} that breaks their rules is left where it
 * is and logged with its CPIS-F code.
 * <p>
 * The tracking id of a sent file is its local id (the MESH message id only exists once the MESH client has sent it).
 */
public final class FolderTransport implements LaTransport {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTransport.class);

    private final DtsControlWriter writer = new DtsControlWriter();
    private final DtsControlReader reader = new DtsControlReader();
    private final Path out;
    private final Path in;

    public FolderTransport(Path mailboxFolder) {
        this.out = mailboxFolder.resolve("OUT");
        this.in = mailboxFolder.resolve("IN");
    }

    @Override
    public String send(OutboundMessage message) {
        String base = message.localId();
        try {
            if (!Files.isDirectory(out)) {
                throw new TransportException("the MESH client's OUT folder " + out.toAbsolutePath() + " does not exist:"
                        + " check transport.folder in the LA settings");
            }
            AtomicFiles.write(out.resolve(base + ".dat"), message.body());
            AtomicFiles.write(out.resolve(base + ".ctl"), writer.toBytes(control(message)));
        } catch (IOException e) {
            throw new TransportException("cannot write " + base + " into " + out.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        LOG.info("Dropped {} into the MESH client's OUT folder", base);
        return base;
    }

    /** The control file of an upload dropped in {@code OUT/}, as the NHS MESH client expects it (MESH-AND-SFT.md 3.3). */
    static DtsControl control(OutboundMessage message) {
        try {
            return DtsControl.data().addressType(AddressType.DTS).workflowId(message.workflowId())
                    .fromDts(message.from()).toDts(message.to()).subject(message.subject()).localId(message.localId())
                    .compress(true).allowChunking(true).encrypted(false).build();
        } catch (IllegalArgumentException e) {
            throw new TransportException("cannot write the control file of " + message.localId() + ": "
                    + e.getMessage() + "; check mesh.mailbox, mesh.cpis-mailbox and mesh.workflow-id in the LA"
                    + " settings", e);
        }
    }

    @Override
    public List<InboxMessage> inbox() {
        if (!Files.isDirectory(in)) {
            throw new TransportException("the MESH client's IN folder " + in.toAbsolutePath() + " does not exist:"
                    + " check transport.folder in the LA settings");
        }
        List<Path> controls;
        try (Stream<Path> files = Files.list(in)) {
            controls = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ctl"))
                    .sorted(Comparator.comparing(FolderTransport::modified).thenComparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new TransportException("cannot list " + in.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        List<InboxMessage> messages = new ArrayList<>();
        for (Path ctl : controls) {
            String base = baseName(ctl);
            DtsControl control;
            try {
                control = reader.read(ctl);
            } catch (ControlFileException e) {
                if (e.getCause() instanceof NoSuchFileException) {
                    continue; // taken away meanwhile
                }
                LOG.warn("Left {} in the IN folder: {}", ctl.getFileName(), e.getMessage());
                continue;
            }
            boolean report = control.messageType() == MessageType.REPORT;
            if (!report && !Files.exists(in.resolve(base + ".dat"))) {
                LOG.debug("{} has no data file yet", base);
                continue;
            }
            messages.add(new InboxMessage(base, control.workflowId(), control.localId(), control.subject(), report,
                    status(control.statusRecord())));
        }
        return messages;
    }

    @Override
    public byte[] download(String messageId) {
        Path dat = in.resolve(safe(messageId) + ".dat");
        try {
            return Files.readAllBytes(dat);
        } catch (IOException e) {
            throw new TransportException("cannot read " + dat.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void acknowledge(String messageId) {
        String base = safe(messageId);
        try {
            Files.deleteIfExists(in.resolve(base + ".dat"));
            Files.deleteIfExists(in.resolve(base + ".ctl"));
        } catch (IOException e) {
            throw new TransportException("cannot remove " + base + " from " + in.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** "14 Message not collected ..." from a status record, or null. */
    private static String status(StatusRecord record) {
        if (record == null) {
            return null;
        }
        return record.statusCode() + (record.description() == null ? "" : " " + record.description());
    }

    private static String safe(String messageId) {
        if (messageId.contains("/") || messageId.contains("\\") || messageId.startsWith(".")) {
            throw new TransportException("'" + messageId + "' is not a message id of the IN folder");
        }
        return messageId;
    }

    private static String baseName(Path ctl) {
        String name = ctl.getFileName().toString();
        return name.substring(0, name.length() - ".ctl".length());
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
