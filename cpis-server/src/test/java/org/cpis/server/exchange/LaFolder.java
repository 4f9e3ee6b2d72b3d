package org.cpis.server.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cpis.sft.control.ControlFileException;
import org.cpis.sft.control.DtsControl;
import org.cpis.sft.control.DtsControlReader;
import org.cpis.sft.control.DtsControlWriter;

/**
 * A Local Authority's side of the folder door, as its MESH client uses the folders: it writes a data file and then
 * its control file into {@code OUT} (each under a hidden name first, then renamed, so the service never sees half a
 * file), reads what arrives in {@code IN} once the control file is there, and looks into {@code ERROR}.
 */
final class LaFolder {

    private final Path home;
    private final String mailbox;

    LaFolder(Path root, String mailbox) {
        this.home = root.resolve(mailbox);
        this.mailbox = mailbox;
    }

    String mailbox() {
        return mailbox;
    }

    Path out() {
        return home.resolve("OUT");
    }

    Path in() {
        return home.resolve("IN");
    }

    Path error() {
        return home.resolve("ERROR");
    }

    /** Sends {@code <name>.dat} and then {@code <name>.ctl}, as an LA does. */
    void send(String name, byte[] data, DtsControl control) {
        send(name, data, new DtsControlWriter().toBytes(control));
    }

    /** The same with a control file of any bytes (a broken one, say). */
    void send(String name, byte[] data, byte[] control) {
        place(out(), name + ".dat", data);
        place(out(), name + ".ctl", control);
    }

    /** The messages in {@code IN} whose control file is there, oldest name first. */
    List<Received> received() {
        if (!Files.isDirectory(in())) {
            return List.of();
        }
        List<Received> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(in())) {
            for (Path control : files.filter(f -> f.getFileName().toString().endsWith(".ctl")).sorted().toList()) {
                String id = control.getFileName().toString().replaceAll("\\.ctl$", "");
                Path data = in().resolve(id + ".dat");
                messages.add(new Received(id, Files.readAllBytes(data), new DtsControlReader().read(control)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ControlFileException e) {
            throw new AssertionError("CP-IS wrote a control file its own reader refuses: " + e.getMessage(), e);
        }
        return messages;
    }

    /** The messages in {@code IN} on one workflow. */
    List<Received> received(String workflowId) {
        return received().stream().filter(r -> workflowId.equals(r.control().workflowId())).toList();
    }

    /** Waits for the first message in {@code IN} that {@code wanted} picks. */
    Received awaitReceived(String what, Predicate<Received> wanted) {
        return Await.until(what + " in " + in(), () -> received().stream().filter(wanted).findFirst());
    }

    /** Waits until the pair {@code name} has left OUT and was moved to ERROR with its report; returns the report. */
    String awaitRefused(String name) {
        Path report = error().resolve(name + ".error.txt");
        return Await.until("the report of " + name + " in " + error(), () -> {
            try {
                return Files.isRegularFile(report) && !Files.exists(out().resolve(name + ".ctl"))
                        ? Optional.of(Files.readString(report)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // being written
            }
        });
    }

    /** Waits until the service took the pair {@code name} from OUT. */
    void awaitTaken(String name) {
        Await.untilTrue(name + " taken from " + out(), () -> !Files.exists(out().resolve(name + ".ctl"))
                && !Files.exists(out().resolve(name + ".dat")));
    }

    /** Takes a message out of IN, as the LA's system does once it has read it. */
    void remove(Received message) {
        try {
            Files.deleteIfExists(in().resolve(message.messageId() + ".ctl"));
            Files.deleteIfExists(in().resolve(message.messageId() + ".dat"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void place(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path temp = folder.resolve("." + name + ".part");
            Files.write(temp, bytes);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message CP-IS wrote to IN: its id (the file name), its data and its control file. */
    record Received(String messageId, byte[] data, DtsControl control) {
    }
}
