package org.cpis.server.bench;

/**
 * One request the load generator sends.
 *
 * @param body         the whole SOAP envelope
 * @param addressingId its wsa:MessageID, which a real answer echoes in wsa:RelatesTo
 */
public record BenchRequest(String body, String addressingId) {
}
