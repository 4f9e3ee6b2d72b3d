package org.cpis.sft.la.settings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The LA's own looked-after legal-status codes mapped to "send / don't send": a code listed under s31, s38 or s20 is
 * sent as LAC; a code listed as not sent (emergency protection, remand, ...) is known and left out; any other code
 * is unknown and also left out, with a finding so that the mapping gets completed. Codes compare case-insensitively.
 */
public record LacLegalStatuses(Map<String, LacSection> sent, Set<String> notSent) {

    /** What the settings say about one code. */
    public enum Verdict { SENT, NOT_SENT, UNKNOWN, MISSING }

    public LacLegalStatuses {
        sent = Map.copyOf(sent);
        notSent = Set.copyOf(notSent);
    }

    public Verdict verdict(String localCode) {
        if (localCode == null || localCode.isBlank()) {
            return Verdict.MISSING;
        }
        String code = normalise(localCode);
        if (sent.containsKey(code)) {
            return Verdict.SENT;
        }
        return notSent.contains(code) ? Verdict.NOT_SENT : Verdict.UNKNOWN;
    }

    public Optional<LacSection> section(String localCode) {
        return localCode == null ? Optional.empty() : Optional.ofNullable(sent.get(normalise(localCode)));
    }

    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
