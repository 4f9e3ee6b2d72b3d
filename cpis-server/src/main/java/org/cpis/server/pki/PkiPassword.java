package org.cpis.server.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.cpis.server.settings.Setting;
import org.cpis.server.settings.Settings;

/**
 * The password of the keystores under {@code <data>/pki}. The rule:
 * <ol>
 *   <li>{@code pki.password} / {@code CPIS_PKI_PASSWORD} / {@code --pki-password} when set (at least 8 characters);</li>
 *   <li>else, for development only, the password in {@code <data>/pki/development-password}: a random password
 *       that {@code cpis-server pki init} writes there (readable by its owner only) when the setting is not set.
 *       Every use of it logs a warning.</li>
 * </ol>
 * Neither set nor written: there is no PKI yet, and {@code cpis-server pki init} is the way to make one.
 */
public final class PkiPassword {

    private final char[] value;
    private final Path developmentFile;

    private PkiPassword(char[] value, Path developmentFile) {
        this.value = value;
        this.developmentFile = developmentFile;
    }

    /**
     * The password these settings give.
     *
     * @param createDevelopmentPassword when no password is set and none was written yet, write a new development
     *                                  password (what {@code pki init} does); otherwise that is a failure
     * @throws PkiException when there is no password and none may be created, or its file cannot be read or written
     */
    public static PkiPassword resolve(Settings settings, boolean createDevelopmentPassword) {
        if (settings.pkiPasswordIfSet().isPresent()) {
            return new PkiPassword(settings.pkiPasswordIfSet().get().toCharArray(), null);
        }
        Path file = PkiFolder.of(settings.dataFolder()).developmentPassword();
        if (Files.isRegularFile(file)) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new PkiException("the development password file " + file + " is empty; set "
                            + Setting.PKI_PASSWORD.environmentVariable() + " to the keystores' password");
                }
                return new PkiPassword(text.toCharArray(), file);
            } catch (IOException e) {
                throw new PkiException("cannot read the development password file " + file + ": " + e.getMessage(), e);
            }
        }
        if (!createDevelopmentPassword) {
            throw new PkiException("no PKI password: " + Setting.PKI_PASSWORD.key() + " ("
                    + Setting.PKI_PASSWORD.environmentVariable() + ", " + Setting.PKI_PASSWORD.flag() + ") is not set and "
                    + file + " does not exist; run 'cpis-server pki init' first, or set the password of the keystores");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PkiFolder.writeText(file, password + "\n", true);
        return new PkiPassword(password.toCharArray(), file);
    }

    /** The password; callers may clear the array when done. */
    public char[] value() {
        return value.clone();
    }

    /** Whether this is the development password from {@code <data>/pki/development-password}. */
    public boolean isDevelopment() {
        return developmentFile != null;
    }

    /** The warning to log when the development password is used, or {@code null} when a password was set. */
    public String warning() {
        if (developmentFile == null) {
            return null;
        }
        return Setting.PKI_PASSWORD.key() + " is not set: the keystores use the development password in "
                + developmentFile + "; for anything but development set " + Setting.PKI_PASSWORD.environmentVariable()
                + " (or " + Setting.PKI_PASSWORD.key() + " in the settings file) before 'cpis-server pki init'";
    }
}
