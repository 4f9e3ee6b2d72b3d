package org.cpis.sft.la;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpis.core.testing.MutableClock;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.GoodRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadHeader;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.sft.la.build.BuildOptions;
import org.cpis.sft.la.build.BuildReport;
import org.cpis.sft.la.build.Progress;
import org.cpis.sft.la.settings.LaSettings;
import org.cpis.sft.la.settings.LaSettingsFile;
import org.cpis.sft.la.state.LaState;
import org.cpis.sft.la.state.LaStateStore;
import org.cpis.sft.la.state.UploadFileEntry;

/**
 * An LA on disk for tests: a settings file, a MESH client mailbox folder (OUT, IN), a state folder, an export, and a
 * clock the test moves. Every NHS number is from the never-issued 999 range.
 */
final class LaFixture {

    static final String SETTINGS = """
            la.ods-code=X09
            la.name=Exampleshire County Council
            la.emergency-duty-phone=01632 960001
            la.office-hours-phone=01632960002
            lac.s31=C1,C2
            lac.s38=J1
            lac.s20=V2,V3
            lac.not-sent=E1,L1,J3
            mesh.mailbox=X09OT001
            mesh.cpis-mailbox=CPISHUB1
            transport=folder
            transport.folder=mailbox
            state.folder=state
            """;

    final Path root;
    final MutableClock clock;
    final Path settingsFile;
    final Path mailbox;
    final Path export;

    LaFixture(Path root, String now) {
        this.root = root;
        this.clock = MutableClock.at(now);
        this.settingsFile = root.resolve("la-settings.properties");
        this.mailbox = root.resolve("mailbox");
        this.export = root.resolve("export.csv");
        try {
            Files.createDirectories(mailbox.resolve("OUT"));
            Files.createDirectories(mailbox.resolve("IN"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings(SETTINGS);
    }

    void settings(String text) {
        write(settingsFile, text);
    }

    /** The standard settings with some keys replaced or added. */
    void settingsWith(String... lines) {
        StringBuilder text = new StringBuilder();
        List<String> keys = Stream.of(lines).map(l -> l.substring(0, l.indexOf('='))).toList();
        for (String line : SETTINGS.split("\n")) {
            if (!line.isBlank() && !keys.contains(line.substring(0, line.indexOf('=')))) {
                text.append(line).append('\n');
            }
        }
        for (String line : lines) {
            text.append(line).append('\n');
        }
        settings(text.toString());
    }

    LaSettings settings() {
        return LaSettingsFile.read(settingsFile);
    }

    LaClient client() {
        return new LaClient(settings(), clock);
    }

    void export(ExportRow... rows) {
        write(export, ExportRow.header() + "\n" + Stream.of(rows).map(ExportRow::csv).collect(Collectors.joining("\n"))
                + "\n");
    }

    BuildReport build(ExportRow... rows) {
        export(rows);
        return client().build(export, BuildOptions.CHANGES_ONLY, Progress.NONE);
    }

    BuildReport build(BuildOptions options, ExportRow... rows) {
        export(rows);
        return client().build(export, options, Progress.NONE);
    }

    Path state() {
        return root.resolve("state");
    }

    /** The state as saved, read by opening the store as a new command would. */
    LaState savedState() {
        try (LaStateStore store = LaStateStore.open(state())) {
            return store.state();
        }
    }

    Path uploadFile(UploadFileEntry file) {
        return state().resolve("uploads").resolve(file.fileName());
    }

    /** The records of an upload file, decoded by the gateway's upload decoder. */
    static List<UploadRecord> records(Path uploadFile) {
        try (UploadReader reader = new UploadDecoder().open(new ByteArrayInputStream(Files.readAllBytes(uploadFile)))) {
            List<UploadRecord> records = new ArrayList<>();
            for (DecodedRecord d : reader) {
                records.add(((GoodRecord) d).record());
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UploadHeader header(Path uploadFile) {
        try (UploadReader reader = new UploadDecoder().open(new ByteArrayInputStream(Files.readAllBytes(uploadFile)))) {
            return reader.header();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of the only file a build wrote. */
    List<UploadRecord> onlyFileRecords(BuildReport report) {
        if (report.files().size() != 1) {
            throw new AssertionError("expected one file, got " + report.files());
        }
        return records(uploadFile(report.files().get(0)));
    }

    /** Puts a message into the mailbox's IN folder as the MESH client delivers one: data file, then control file. */
    void deliver(String messageId, String workflowId, byte[] body) {
        try {
            Files.write(mailbox.resolve("IN").resolve(messageId + ".dat"), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(mailbox.resolve("IN").resolve(messageId + ".ctl"), "<DTSControl><Version>1.0</Version>"
                + "<AddressType>ALL</AddressType><MessageType>Data</MessageType>"
                + (workflowId == null ? "" : "<WorkflowId>" + workflowId + "</WorkflowId>")
                + "<From_DTS>CPISHUB1</From_DTS><To_DTS>X09OT001</To_DTS><DTSId>" + messageId + "</DTSId>"
                + "<StatusRecord><DateTime>20260302100000</DateTime><Event>TRANSFER</Event><Status>SUCCESS</Status>"
                + "<StatusCode>00</StatusCode><Description>Transferred to recipient mailbox</Description></StatusRecord>"
                + "</DTSControl>");
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
