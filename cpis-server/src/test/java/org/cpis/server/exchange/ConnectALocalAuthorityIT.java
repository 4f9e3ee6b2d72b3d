package org.cpis.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cpis.server.settings.Setting;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Connect a Local Authority", folder door, step by step with the commands and sample files it names:
 * on a service started in a fresh data folder (no keys: the folder door needs none), register Exampleshire's mailbox,
 * load the sample demographics, copy the sample upload and its control file into OUT, find the acknowledgement in
 * IN; then a pair with a wrong To_DTS ends in ERROR with its report. Each command is also looked up in the README, so
 * the section cannot drift from what works.
 */
class ConnectALocalAuthorityIT {

    private static final Path SAMPLES = Path.of("../docs/samples");
    private static final Path README = Path.of("../README.md");

    @TempDir
    Path temp;

    @Test
    @DisplayName("CP-IS004 CP-IS024: an LA's first upload through the folder door, as the README shows it")
    void theReadmeFolderDoorWalkThrough() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Path data = temp.resolve("cpis-data");
        try (ExchangeService service = ExchangeService.startAsItIs(data,
                Map.of(Setting.EXCHANGE_SCAN_SECONDS, "2", Setting.NOTIFY_TIME, "00:30"))) {
            // 1. register the mailbox, load the sample PDS stand-in
            assertThat(readme).contains("cpis mailboxes register --mailbox X09OT001 --ods X09 --name \"Exampleshire"
                    + " County Council\" --door folder\n#    -> Registered mailbox X09OT001 for Exampleshire County"
                    + " Council (X09), folder door, enabled.");
            assertThat(service.cli("mailboxes", "register", "--mailbox", "X09OT001", "--ods", "X09", "--name",
                    "Exampleshire County Council", "--door", "folder").assertOk().out())
                    .isEqualTo("Registered mailbox X09OT001 for Exampleshire County Council (X09), folder door,"
                            + " enabled." + System.lineSeparator());
            assertThat(readme).contains("cpis demographics load docs/samples/demographics.csv");
            service.cli("demographics", "load", SAMPLES.resolve("demographics.csv").toString()).assertOk();

            // 2. the door makes the mailbox's folders; the data file, then the control file
            Path mailbox = data.resolve("mailboxes").resolve("X09OT001");
            Await.untilTrue("the door to make " + mailbox.resolve("OUT"), () -> Files.isDirectory(mailbox.resolve("OUT"))
                    && Files.isDirectory(mailbox.resolve("IN")) && Files.isDirectory(mailbox.resolve("ERROR")));
            assertThat(readme).contains("cp docs/samples/la-upload.xml cpis-data/mailboxes/X09OT001/OUT/upload-1.dat\n"
                    + "cp docs/samples/la-upload.ctl cpis-data/mailboxes/X09OT001/OUT/upload-1.ctl");
            Files.copy(SAMPLES.resolve("la-upload.xml"), mailbox.resolve("OUT").resolve("upload-1.dat"));
            Files.copy(SAMPLES.resolve("la-upload.ctl"), mailbox.resolve("OUT").resolve("upload-1.ctl"));

            // 3. the acknowledgement in IN: <id>.ctl and <id>.dat, CPF02
            List<String> in = Await.until("the acknowledgement in IN", () -> {
                List<String> names = list(mailbox.resolve("IN"));
                return names.stream().anyMatch(n -> n.endsWith(".ctl")) ? Optional.of(names) : Optional.empty();
            });
            assertThat(list(mailbox.resolve("OUT"))).isEmpty();
            assertThat(in).hasSize(2);
            String id = in.get(0).replaceAll("\\.(ctl|dat)$", "");
            assertThat(id).matches("\\d{17}_[0-9A-Z]{6}");
            assertThat(in).containsExactly(id + ".ctl", id + ".dat");
            assertThat(readme).contains("ls cpis-data/mailboxes/X09OT001/IN\n")
                    .contains("grep -h 'code=\"CPF' cpis-data/mailboxes/X09OT001/IN/*.dat\n"
                            + "#    -> <code code=\"CPF02\" displayName=\"Successful File Upload\"/>");
            assertThat(Files.readAllLines(mailbox.resolve("IN").resolve(id + ".dat"))).filteredOn(l -> l.contains("code=\"CPF"))
                    .singleElement().satisfies(l -> assertThat(l.strip())
                            .isEqualTo("<code code=\"CPF02\" displayName=\"Successful File Upload\"/>"));
            DtsControl control = new DtsControlReader().read(mailbox.resolve("IN").resolve(id + ".ctl"));
            assertThat(control.localId()).isEqualTo("1");
            assertThat(control.dtsId()).isEqualTo(id);
            assertThat(control.fromDts()).isEqualTo("CPIS0001");
            assertThat(control.toDts()).isEqualTo("X09OT001");
            assertThat(readme).contains("`CPIS0001`").contains("`LocalId` and the message id in `DTSId`");

            // a pair CP-IS cannot take: ERROR with its report
            assertThat(readme).contains("cp docs/samples/la-upload.xml cpis-data/mailboxes/X09OT001/OUT/upload-2.dat\n"
                    + "sed 's/CPIS0001/NOBODY01/' docs/samples/la-upload.ctl > cpis-data/mailboxes/X09OT001/OUT/upload-2.ctl\n"
                    + "cat cpis-data/mailboxes/X09OT001/ERROR/upload-2.error.txt\n"
                    + "#    -> CP-IS did not take the message below. ... Code: CPIS-F026 (MESH status 12) ...");
            Files.copy(SAMPLES.resolve("la-upload.xml"), mailbox.resolve("OUT").resolve("upload-2.dat"));
            Files.writeString(mailbox.resolve("OUT").resolve("upload-2.ctl"),
                    Files.readString(SAMPLES.resolve("la-upload.ctl")).replace("CPIS0001", "NOBODY01"));
            Path report = mailbox.resolve("ERROR").resolve("upload-2.error.txt");
            Await.untilTrue(report + " written", () -> Files.isRegularFile(report));
            assertThat(Files.readString(report)).startsWith("CP-IS did not take the message below.")
                    .contains("Code:          CPIS-F026 (MESH status 12)");
        }
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
