package org.cpis.core.access;

import java.util.List;
import java.util.Objects;
import org.cpis.core.model.Asid;
import org.cpis.core.model.QueryAuthor;

/**
 * The ASIDs a message says it comes from, each of which the client certificate must bear out (CP-NHS018).
 *
 * @param communicationFunctionSnd the sending system in the transmission wrapper
 *                                 ({@code communicationFunctionSnd/device/id})
 * @param author1                  the author systems of the control act ({@code author1/AgentSystemSDS}, one or
 *                                 two)
 * @param deviceAuthor             the ASID of the query's device author (COCT_TP145104GB01 System), or
 *                                 {@code null} when a person is the author
 */
public record SenderClaims(Asid communicationFunctionSnd, List<Asid> author1, Asid deviceAuthor) {

    public SenderClaims {
        Objects.requireNonNull(communicationFunctionSnd, "communicationFunctionSnd");
        author1 = List.copyOf(author1);
    }

    /** The claims of an NHS Query: its wrappers' ASIDs, and its author's when the author is a system. */
    public static SenderClaims of(Asid communicationFunctionSnd, List<Asid> author1, QueryAuthor author) {
        Asid device = author instanceof QueryAuthor.System system ? system.asid() : null;
        return new SenderClaims(communicationFunctionSnd, author1, device);
    }
}
