package org.cpis.gateway.codec;

import java.util.List;
import java.util.Optional;

/**
 * The control act wrapper's authors: the sending systems' ASIDs (author1, at least one) and, when a smartcard
 * user started the message, that user (author / AgentPersonSDS).
 */
public record ControlAct(List<String> authorAsids, SdsPerson person) {

    public ControlAct {
        authorAsids = List.copyOf(authorAsids);
        if (authorAsids.isEmpty()) {
            throw new IllegalArgumentException("a control act names at least one author system (author1)");
        }
    }

    public Optional<SdsPerson> personIfAny() {
        return Optional.ofNullable(person);
    }

    /** The smartcard user of the control act: role profile id, user id, job role id. */
    public record SdsPerson(String roleProfileId, String userId, String jobRoleId) {
    }
}
