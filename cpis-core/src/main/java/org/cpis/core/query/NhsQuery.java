package org.cpis.core.query;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.QueryAuthor;

/**
 * A CP-IS NHS Query (QUPC_MT000006GB01) in domain terms.
 *
 * @param queryId      the query's id (cP-ISNHSQuery/id)
 * @param queryTime    when the person made the query, as the requesting system says (effectiveTime)
 * @param recordAccess {@code false} only for a scheduled-care "silent read" (DMS Patch D accessEventType
 *                     false): the answer is the same, but no access event is stored and so no LA is notified
 */
public record NhsQuery(UUID queryId, NhsNumber nhsNumber, Instant queryTime, QueryAuthor author, boolean recordAccess) {

    public NhsQuery {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(queryTime, "queryTime");
        Objects.requireNonNull(author, "author");
    }

    public NhsQuery(UUID queryId, NhsNumber nhsNumber, Instant queryTime, QueryAuthor author) {
        this(queryId, nhsNumber, queryTime, author, true);
    }
}
