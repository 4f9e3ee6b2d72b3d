package org.cpis.core.port;

/** PDS could not answer: the whole upload file gets CPF05 and nothing is stored. */
public class DemographicsUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DemographicsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DemographicsUnavailableException(String message) {
        super(message);
    }
}
