package org.cpis.sft.la.send;

import java.util.List;

/**
 * What one {@code send} did.
 *
 * @param sent        the files sent for the first time, by name
 * @param resent      the files sent again (no acknowledgement in time, or PDS unavailable)
 * @param failures    the files the transport could not take, with why
 * @param switchedOff whether sending is switched off (CP-SC014), so nothing was sent
 * @param waiting     files due but not sent because sending is switched off
 */
public record SendReport(List<String> sent, List<String> resent, List<String> failures, boolean switchedOff,
                         int waiting) {

    public SendReport {
        sent = List.copyOf(sent);
        resent = List.copyOf(resent);
        failures = List.copyOf(failures);
    }
}
