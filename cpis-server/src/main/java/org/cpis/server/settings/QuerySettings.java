package org.cpis.server.settings;

import java.util.Objects;

/**
 * Where the running service listens for NHS Queries.
 *
 * @param port      the HTTPS (or demo HTTP) port; 0 picks a free one at each start
 * @param path      the endpoint's path, e.g. {@code /cpisquery}
 * @param plainHttp {@code true}: plain HTTP on the loopback address only, without client certificates - a local demo,
 *                  never a service; {@code false} (the default): HTTPS with mutual TLS
 */
public record QuerySettings(int port, String path, boolean plainHttp) {

    public static final QuerySettings DEFAULT = new QuerySettings(8443, "/cpisquery", false);

    public QuerySettings {
        Objects.requireNonNull(path, "path");
    }
}
