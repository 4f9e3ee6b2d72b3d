package org.cpis.server.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.store.CpisDatabase;
import org.cpis.store.testing.SharedDatabase;
import org.cpis.store.testing.TemporaryFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "Run the LA client", exactly as written: the commands are read from README.md's shell blocks (so a
 * change there that this test does not expect fails it), run in a fresh folder holding the repository's
 * docs/samples - admin commands and {@code la} commands in-process, {@code cpis &} as the service started in-process,
 * {@code mkdir}, {@code cp}, {@code echo >>}, {@code cat >> <<EOF} and {@code export} as the shell does them - and
 * every output line the README shows ({@code #    -> ...}, "..." for what varies) must be in what the command
 * printed. The only liberties: the service's ports are random ({@code https://localhost:8444} becomes the MESH door's
 * real address), and {@code la inbox} is run again while it says "0 new messages.", as the README says.
 */
@ExtendWith(SharedDatabase.class)
class LaReadmeIT {

    private static final Path README = Path.of("../README.md");
    private static final String SECTION = "## Run the LA client";
    private static final String DEFAULT_MESH_URL = "https://localhost:8444";
    private static final Pattern COMMAND_SUBSTITUTION = Pattern.compile("\\$\\(cat ([^)]+)\\)");

    private final CpisDatabase database;
    private final Map<String, String> exported = new HashMap<>();
    private RunningCpis cpis;
    private Path root;

    LaReadmeIT(CpisDatabase database) {
        this.database = database;
    }

    @AfterEach
    void stop() {
        try {
            if (cpis != null) {
                cpis.close();
            }
        } finally {
            if (root != null) {
                TemporaryFolders.delete(root);
            }
        }
    }

    private static List<List<ReadmeWalkThrough.Command>> blocks() {
        List<List<ReadmeWalkThrough.Command>> blocks = ReadmeWalkThrough.blocks(README, SECTION);
        assertThat(blocks).as("the folder door walk-through and its MESH API variant").hasSize(2);
        return blocks;
    }

    private static List<String> texts(List<ReadmeWalkThrough.Command> commands) {
        return commands.stream().map(ReadmeWalkThrough.Command::text).toList();
    }

    @Test
    @DisplayName("README: from an empty LA to a received acknowledgement, through the folder door")
    void folderDoorWalkThrough() throws IOException {
        List<ReadmeWalkThrough.Command> block = blocks().get(0);
        assertThat(texts(ReadmeWalkThrough.steps(block, "0", "1", "2"))).containsExactly(
                "alias cpis='java -jar cpis-server/target/cpis-server.jar'",
                "cpis demographics load docs/samples/demographics.csv",
                "cpis mailboxes register --mailbox X09OT001 --ods X09 --name \"Exampleshire County Council\""
                        + " --door folder",
                "cpis &",
                "mkdir my-la",
                "cp docs/samples/la-settings.properties docs/samples/la-export.csv my-la/",
                "echo \"transport.folder=../cpis-data/mailboxes/X09OT001\" >> my-la/la-settings.properties",
                "export CPIS_LA_SETTINGS=my-la/la-settings.properties");
        assertThat(texts(ReadmeWalkThrough.steps(block, "3"))).containsExactly(laSteps());

        follow(block);

        assertThat(Files.readString(root.resolve("my-la/cpis-la-state/state.json")))
                .as("the acknowledgement applied: partial").contains("\"fileOutcome\" : \"CPF03\"");
    }

    @Test
    @DisplayName("README: the same over the MESH API, with the LA's client certificate and the service's shared secret")
    void meshApiWalkThrough() throws IOException {
        List<ReadmeWalkThrough.Command> mesh = blocks().get(1);
        assertThat(texts(mesh)).containsExactly(
                "cpis pki init",
                "cpis pki server",
                "cpis demographics load docs/samples/demographics.csv",
                "cpis mailboxes register --mailbox X09OT001 --ods X09 --name \"Exampleshire County Council\""
                        + " --password exampleshire-mesh",
                "cpis pki mailbox --mailbox X09OT001",
                "cpis &",
                "mkdir my-la",
                "cp docs/samples/la-settings.properties docs/samples/la-export.csv my-la/",
                """
                cat >> my-la/la-settings.properties <<EOF
                transport=mesh-api
                mesh.url=https://localhost:8444
                mesh.password=exampleshire-mesh
                mesh.shared-secret=$(cat cpis-data/keys/mesh-development-secret)
                mesh.keystore=../cpis-data/pki/mailboxes/X09OT001.p12
                mesh.keystore-password=$(cat cpis-data/pki/development-password)
                mesh.trust-store=../cpis-data/pki/ca.pem
                EOF""",
                "export CPIS_LA_SETTINGS=my-la/la-settings.properties");

        List<ReadmeWalkThrough.Command> all = new ArrayList<>(ReadmeWalkThrough.steps(blocks().get(0), "0"));
        all.addAll(mesh);
        all.addAll(ReadmeWalkThrough.steps(blocks().get(0), "3"));
        follow(all);

        assertThat(cpis.readyLine()).contains("(mutual TLS)");
        assertThat(Files.readString(root.resolve("my-la/la-settings.properties"))).contains("transport=mesh-api");
        assertThat(Files.readString(root.resolve("my-la/cpis-la-state/state.json")))
                .as("the acknowledgement applied: partial").contains("\"fileOutcome\" : \"CPF03\"");
    }

    private static String[] laSteps() {
        return new String[] {"cpis la build", "cpis la send", "cpis la inbox", "cpis la status --file 1"};
    }

    /** Runs the commands in a fresh folder holding docs/samples, checking what each prints against the README. */
    private void follow(List<ReadmeWalkThrough.Command> commands) throws IOException {
        SharedDatabase.emptyTables(database);
        root = TemporaryFolders.create("la-readme-").toAbsolutePath();
        Files.createDirectories(root.resolve("docs/samples"));
        try (Stream<Path> samples = Files.list(Path.of("../docs/samples"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, root.resolve("docs/samples").resolve(sample.getFileName()));
            }
        }
        cpis = new RunningCpis(root, database);
        for (ReadmeWalkThrough.Command command : commands) {
            String printed = run(command.text());
            for (String shown : command.shown()) {
                assertShown(command.text(), shown, printed);
            }
        }
    }

    /** Every part of the shown line between "..." is in the output, in order (blanks compared loosely). */
    private void assertShown(String command, String shown, String printed) {
        String expected = loose(meshUrl(shown));
        String actual = loose(printed);
        int from = 0;
        for (String part : expected.split("\\.\\.\\.")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int at = actual.indexOf(p, from);
            if (at < 0) {
                fail("'" + command + "' printed\n" + printed + "\nwhich does not show, as the README says: " + shown
                        + "\n(missing: '" + p + "')");
            }
            from = at + p.length();
        }
    }

    private static String loose(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }

    private String meshUrl(String text) {
        return cpis == null || !cpis.readyLine().contains("MESH door https") ? text
                : text.replace(DEFAULT_MESH_URL, cpis.meshDoor().toString());
    }

    /** Runs one command as the shell would; returns what it printed. */
    private String run(String command) throws IOException {
        if (command.startsWith("cat >> ")) {
            return hereDocument(command);
        }
        List<String> words = ReadmeWalkThrough.words(command);
        switch (words.get(0)) {
            case "alias" -> {
                assertThat(command).isEqualTo("alias cpis='java -jar cpis-server/target/cpis-server.jar'");
                return "";
            }
            case "mkdir" -> {
                Files.createDirectories(root.resolve(words.get(1)));
                return "";
            }
            case "cp" -> {
                Path target = root.resolve(words.get(words.size() - 1));
                for (String source : words.subList(1, words.size() - 1)) {
                    Files.copy(root.resolve(source), target.resolve(Path.of(source).getFileName()));
                }
                return "";
            }
            case "echo" -> {
                assertThat(words).hasSize(4).element(2).isEqualTo(">>");
                Files.writeString(root.resolve(words.get(3)), words.get(1) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                return "";
            }
            case "export" -> {
                String assignment = words.get(1);
                exported.put(assignment.substring(0, assignment.indexOf('=')),
                        root.resolve(assignment.substring(assignment.indexOf('=') + 1)).toString());
                return "";
            }
            case "cpis" -> {
                return cpis(words.subList(1, words.size()));
            }
            default -> throw new AssertionError("the README has a step this test does not know: " + command);
        }
    }

    private String hereDocument(String command) throws IOException {
        List<String> lines = List.of(command.split("\n"));
        Matcher head = Pattern.compile("cat >> (\\S+) <<EOF").matcher(lines.get(0));
        assertThat(head.matches()).as(command).isTrue();
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher substitution = COMMAND_SUBSTITUTION.matcher(line);
            StringBuilder expanded = new StringBuilder();
            while (substitution.find()) {
                String content = Files.readString(root.resolve(substitution.group(1)), StandardCharsets.UTF_8).strip();
                substitution.appendReplacement(expanded, Matcher.quoteReplacement(content));
            }
            substitution.appendTail(expanded);
            text.append(meshUrl(expanded.toString())).append('\n');
        }
        Files.writeString(root.resolve(head.group(1)), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return "";
    }

    private String cpis(List<String> args) {
        if (args.equals(List.of("&"))) {
            cpis.start();
            return cpis.readyLine();
        }
        if (args.get(0).equals("la")) {
            if (args.equals(List.of("la", "inbox"))) {
                RunningCpis.Run inbox = RunningCpis.until("the acknowledgement, running 'la inbox' again",
                        () -> la(List.of("inbox")), run -> !run.out().startsWith("0 new messages."));
                return checked(inbox);
            }
            return checked(la(args.subList(1, args.size())));
        }
        List<String> resolved = args.stream()
                .map(a -> !a.startsWith("-") && a.contains("/") ? root.resolve(a).toString() : a).toList();
        return checked(cpis.admin(resolved.toArray(String[]::new)));
    }

    private RunningCpis.Run la(List<String> args) {
        return cpis.la(ServiceCalendar.systemClock(), exported, args.toArray(String[]::new));
    }

    private static String checked(RunningCpis.Run run) {
        assertThat(run.status()).as(run.shown()).isZero();
        return run.out();
    }
}
