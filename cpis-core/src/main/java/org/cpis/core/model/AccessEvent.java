package org.cpis.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to a child's CP-IS information: one NHS Query that found a visible record (CP-IS036, 068,
 * 073). Every access is kept in full (CP-IS047); only displays and notifications are condensed.
 *
 * @param queryId    the query's own id (cP-ISNHSQuery/id)
 * @param accessedAt when CP-IS received the query: the time every rule and report uses
 * @param queryTime  the time the requesting system says the person made the query (effectiveTime)
 */
public record AccessEvent(UUID queryId, NhsNumber nhsNumber, Instant accessedAt, Instant queryTime,
                          QueryAuthor author) {

    public AccessEvent {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(accessedAt, "accessedAt");
        Objects.requireNonNull(queryTime, "queryTime");
        Objects.requireNonNull(author, "author");
    }
}
