package org.cpis.sft.body;

import java.nio.file.Path;

/**
 * The message body key store cannot be used: the service cannot read or keep message bodies until it can. Carries
 * a stable code and says what to do; never the password.
 */
public final class BodyKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the key store, each with its stable code and what to do. */
    public enum Problem {
        WRONG_PASSWORD("CPIS-F050", "cannot be opened with this password",
                "set pki.password (CPIS_PKI_PASSWORD) to the password the key store was made with"),
        NOT_A_BODY_KEY_STORE("CPIS-F051", "is not a message body key store or is damaged",
                "restore the file from the backup; never replace it with a new one while bodies are kept"),
        UNREADABLE("CPIS-F052", "cannot be read or written",
                "check that the data folder is there and the service's account may read and write it");

        private final String code;
        private final String what;
        private final String fix;

        Problem(String code, String what, String fix) {
            this.code = code;
            this.what = what;
            this.fix = fix;
        }

        public String code() {
            return code;
        }

        public String fix() {
            return fix;
        }
    }

    private final transient Problem problem;

    public BodyKeyException(Problem problem, Path keyStore, String detail, Throwable cause) {
        super(problem.code + " the message body key store " + keyStore + " " + problem.what
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")") + ": " + problem.fix, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
