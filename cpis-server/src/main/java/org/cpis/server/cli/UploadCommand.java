package org.cpis.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadResult;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.upload.StreamedUploadFile;
import org.cpis.gateway.codec.upload.UnreadableUploadException;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cpis-server upload FILE.xml}: applies one Local Authority Upload file by hand, exactly as the service
 * applies one that arrives by file transfer (the upload codec, then the core's {@code UploadService}: record checks,
 * the PDS stand-in, replace semantics, one transaction, the file ledger), and prints the acknowledgement's outcome.
 */
@Command(name = "upload",
        description = {"Applies a Local Authority Upload file (REPC_MT000002GB01, root File) as if it had arrived by"
                + " file transfer: every record is checked, verified against the demographics table (the PDS stand-in),"
                + " and stored when accepted, replacing that LA's entry for the NHS number. Prints the file outcome"
                + " (CPF02 ...) and one line per refused record.",
                "The same file again changes nothing and gets the same outcome. Exit status 0: the file was applied"
                + " (CPF02 or CPF03); 1: no record was stored (CPF01, CPF04, CPF05, CPF06)."})
final class UploadCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(UploadCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.xml", description = "The LA Upload file, e.g. docs/samples/la-upload.xml.")
    private Path file;

    UploadCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        InputFile.requireReadable(spec, file);
        String digest = sha256(file);
        UploadResult result = AdminDatabase.use(options, "upload", database -> {
            UploadService uploads = new UploadService(database.transactions(), database.demographics(),
                    ServiceCalendar.systemClock());
            try (InputStream in = Files.newInputStream(file); UploadReader reader = new UploadDecoder().open(in)) {
                return uploads.process(StreamedUploadFile.of(reader, digest,
                        problem -> LOG.warn("{} record {}: {}", file.getFileName(), problem.position(),
                                problem.problems().get(0).format(file.getFileName().toString()))));
            } catch (UnreadableUploadException e) {
                throw new CommandFailedException(file + " is not a readable LA Upload: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        });
        UploadAcknowledgement ack = result.acknowledgement();
        PrintWriter out = spec.commandLine().getOut();
        String line = (result.repeat() ? "Already applied" : "Applied") + " LA upload " + ack.sequenceId() + " from "
                + (ack.recipient() == null ? "an unknown LA" : ack.recipient().odsCode()) + ": " + ack.fileOutcome()
                + " " + ack.fileOutcome().displayName() + (ack.problem() == null ? "" : " (" + ack.problem().code() + ")")
                + "; " + ack.successfulCount() + " record" + (ack.successfulCount() == 1 ? "" : "s") + " stored, "
                + ack.failedCount() + " refused";
        LOG.info(line);
        out.println(line);
        for (RecordResult refused : ack.results()) {
            if (!refused.isSuccess()) {
                out.println("  " + refused.describe());
            }
        }
        return ack.fileOutcome() == FileOutcome.CPF02 || ack.fileOutcome() == FileOutcome.CPF03
                ? CpisServerCli.OK : CpisServerCli.ANSWER_NO;
    }

    private static String sha256(Path file) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
