package org.cpis.server.bench;

/** Makes the next request of a client; called from every client thread at once, so it must be thread-safe. */
@FunctionalInterface
public interface RequestSource {

    BenchRequest next();
}
