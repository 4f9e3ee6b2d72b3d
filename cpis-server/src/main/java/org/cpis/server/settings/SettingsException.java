package org.cpis.server.settings;

/** A setting that cannot be used as given; the message names where it came from and what is wrong. */
public class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
