package org.cpis.core.model;

/**
 * A value that breaks the rules of its CP-IS type. Carries a stable, numbered code (see
 * {@link ValueError}) so that every layer can report it the same way.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final ValueError error;
    private final String value;

    public InvalidValueException(ValueError error, String value) {
        super(error.code() + " " + error.message() + (value == null ? " (no value)" : " (got '" + value + "')"));
        this.error = error;
        this.value = value;
    }

    public ValueError error() {
        return error;
    }

    public String value() {
        return value;
    }
}
