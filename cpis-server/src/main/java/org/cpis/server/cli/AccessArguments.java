package org.cpis.server.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.InvalidValueException;
import org.cpis.core.model.OdsCode;
import org.cpis.server.tls.TlsMaterial;
import org.cpis.server.tls.TlsMaterialException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The values the access-control commands take (ASIDs, ODS codes, certificate fingerprints, SDS user ids), checked
 * before any database is opened; a bad one is wrong usage (exit status 2) with one line naming the option.
 */
final class AccessArguments {

    private AccessArguments() {
    }

    static Asid asid(CommandSpec spec, String option, String text) {
        try {
            return Asid.of(text);
        } catch (InvalidValueException e) {
            throw wrong(spec, option, text, e.error().message() + " (" + e.error().code() + ")");
        }
    }

    static OdsCode odsCode(CommandSpec spec, String option, String text) {
        try {
            return OdsCode.of(text);
        } catch (InvalidValueException e) {
            throw wrong(spec, option, text, e.error().message() + " (" + e.error().code() + ")");
        }
    }

    static CertificateFingerprint fingerprint(CommandSpec spec, String option, String text) {
        try {
            return CertificateFingerprint.of(text);
        } catch (IllegalArgumentException e) {
            throw wrong(spec, option, text, "not a SHA-256 certificate fingerprint; give 64 hex digits, or the"
                    + " AB:CD:... form that openssl x509 -fingerprint -sha256 prints");
        }
    }

    /** The fingerprint of the first certificate in a PEM or DER file. */
    static CertificateFingerprint fingerprintOfFile(CommandSpec spec, String option, Path file) {
        InputFile.requireReadable(spec, file);
        try {
            X509Certificate certificate = TlsMaterial.readCertificates(file).get(0);
            return TlsMaterial.fingerprint(certificate);
        } catch (TlsMaterialException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + ": " + e.getMessage());
        }
    }

    static String sdsUserId(CommandSpec spec, String label, String text) {
        if (text == null || text.isBlank() || text.strip().chars().anyMatch(Character::isWhitespace)) {
            throw wrong(spec, label, text, "not an SDS user id; give the id without spaces, e.g. 555000000101");
        }
        return text.strip();
    }

    private static ParameterException wrong(CommandSpec spec, String option, String text, String problem) {
        return new ParameterException(spec.commandLine(), option + " '" + text + "': " + problem);
    }
}
