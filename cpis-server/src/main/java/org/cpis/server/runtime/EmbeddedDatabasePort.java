package org.cpis.server.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The port the embedded PostgreSQL is asked to listen on. */
final class EmbeddedDatabasePort {

    private EmbeddedDatabasePort() {
    }

    /**
     * Fails with a clear message when a fixed port is taken, before PostgreSQL is started and fails with a
     * less clear one. Port 0 (any free port) is always fine.
     */
    static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StartupException("port " + port + " for the embedded database is already in use;"
                    + " choose another with --db-port or CPIS_DB_PORT, or 0 for any free port");
        }
    }
}
