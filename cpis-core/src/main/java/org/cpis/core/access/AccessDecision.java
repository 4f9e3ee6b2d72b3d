package org.cpis.core.access;

import java.util.Objects;

/**
 * Whether a message may be answered: {@link Allowed}, with the accredited system it came from, or
 * {@link Refused}, with a stable code and a plain message.
 */
public sealed interface AccessDecision permits AccessDecision.Allowed, AccessDecision.Refused {

    boolean isAllowed();

    static AccessDecision allowed(AccreditedSystem system) {
        return new Allowed(system);
    }

    static AccessDecision refused(AccessRefusal reason, String detail) {
        return new Refused(reason, detail);
    }

    /** The message may be answered; it came from {@code system}. */
    record Allowed(AccreditedSystem system) implements AccessDecision {

        public Allowed {
            Objects.requireNonNull(system, "system");
        }

        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    /**
     * The message must not be answered.
     *
     * @param detail what exactly did not hold, for the log and the operator (ids and codes, never personal data
     *               beyond an SDS user id), e.g. "ASID 200000000999 in communicationFunctionSnd is not the
     *               certificate's system 200000000123"
     */
    record Refused(AccessRefusal reason, String detail) implements AccessDecision {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }

        /** The stable code, e.g. {@code CPIS-A002}. */
        public String code() {
            return reason.code();
        }

        /** The code and the plain message, e.g. "CPIS-A005 user disabled". */
        public String message() {
            return reason.code() + " " + reason.message();
        }

        @Override
        public String toString() {
            return message() + ": " + detail;
        }
    }
}
