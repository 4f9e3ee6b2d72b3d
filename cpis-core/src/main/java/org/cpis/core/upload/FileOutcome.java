package org.cpis.core.upload;

/**
 * CP-ISUploadFileResponse (OID 2.16.840.1.113883.2.1.3.2.4.17.474, v2.0): the file-level outcome of an
 * upload. Display names are the vocabulary's and must be sent exactly.
 */
public enum FileOutcome {
    CPF01("File Level Error"),
    CPF02("Successful File Upload"),
    CPF03("Partial File Upload"),
    CPF04("Unsuccessful File Upload"),
    CPF05("PDS Error - PDS Unavailable"),
    CPF06("Spine ii rejected the request because this version of the CPIS Client is no longer supported");

    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.474";

    private final String displayName;

    FileOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the file's records were applied, so that a repeat of the file must change nothing. */
    public boolean isFinal() {
        return this == CPF02 || this == CPF03 || this == CPF04;
    }
}
