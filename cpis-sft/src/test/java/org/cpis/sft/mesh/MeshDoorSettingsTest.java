package org.cpis.sft.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.cpis.sft.mesh.testing.MeshDoorFixture;
import org.cpis.sft.mesh.testing.MeshRequests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshDoorSettingsTest {

    @Test
    @DisplayName("plain HTTP only on a loopback address")
    void plainHttpOnLoopbackOnly() {
        assertThatThrownBy(() -> MeshDoorSettings.plainHttpForDemo(0, "secret").withBindHost("0.0.0.0"))
                .hasMessageContaining("plain HTTP is for a local demo only");
        assertThat(MeshDoorSettings.plainHttpForDemo(0, "secret").withBindHost("localhost").bindHost())
                .isEqualTo("localhost");
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> MeshDoorSettings.plainHttpForDemo(0, "")).hasMessageContaining("shared secret");
        assertThatThrownBy(() -> MeshDoorSettings.plainHttpForDemo(0, "s").withLimits(10, 2048))
                .hasMessageContaining("largest request");
        assertThatThrownBy(() -> MeshDoorSettings.plainHttpForDemo(70000, "s")).hasMessageContaining("port");
    }

    @Test
    @DisplayName("the plain-HTTP demo door answers a MESH handshake on the loopback address")
    void plainHttpDemo(@TempDir Path folder) throws IOException {
        MeshDoorFixture services = new MeshDoorFixture(folder, 1024 * 1024, 64 * 1024);
        services.close();
        try (MeshDoor demo = MeshDoor.start(MeshDoorSettings.plainHttpForDemo(0, MeshDoorFixture.SHARED_SECRET),
                services.postOffice)) {
            MeshRequests requests = new MeshRequests(demo.address(), services.pki.withoutClientCertificate(),
                    services.clock);

            HttpResponse<String> response = requests.send(requests.signed("/messageexchange/"
                    + MeshDoorFixture.LA_X, MeshDoorFixture.LA_X, MeshDoorFixture.PASSWORD_X)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(demo.isMutualTls()).isFalse();
            assertThat(demo.address().getScheme()).isEqualTo("http");
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("a port already taken: the start fails saying so")
    void portTaken(@TempDir Path folder) throws IOException {
        MeshDoorFixture services = new MeshDoorFixture(folder, 1024 * 1024, 64 * 1024);
        services.close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> MeshDoor.start(MeshDoorSettings.plainHttpForDemo(taken.getLocalPort(),
                    MeshDoorFixture.SHARED_SECRET), services.postOffice))
                    .isInstanceOfSatisfying(MeshDoorStartException.class, e -> {
                        assertThat(e.isPortUnavailable()).isTrue();
                        assertThat(e.getMessage()).contains("127.0.0.1:" + taken.getLocalPort());
                    });
        }
    }
}
