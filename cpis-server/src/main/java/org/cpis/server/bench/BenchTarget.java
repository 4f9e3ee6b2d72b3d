package org.cpis.server.bench;

import java.net.URI;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * One endpoint the load generator drives.
 *
 * @param name     how the report names it, e.g. {@code endpoint} or {@code echo}
 * @param address  its HTTPS address
 * @param tls      the client's side of mutual TLS: its certificate and the CAs it trusts
 * @param requests what the clients send
 * @param check    what a good answer is
 */
public record BenchTarget(String name, URI address, SSLContext tls, RequestSource requests, AnswerCheck check) {

    public BenchTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(check, "check");
    }
}
