package org.cpis.server.runtime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class EmbeddedDatabasePortTest {

    @Test
    void takenPortIsAStartupFailureSayingWhatToDo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedDatabasePort.requireFree(port))
                    .isInstanceOf(StartupException.class)
                    .hasMessage("port " + port + " for the embedded database is already in use;"
                            + " choose another with --db-port or CPIS_DB_PORT, or 0 for any free port");
        }
    }

    @Test
    void freePortAndAnyPortPass() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        assertThatCode(() -> EmbeddedDatabasePort.requireFree(port)).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabasePort.requireFree(0)).doesNotThrowAnyException();
    }
}
