package org.cpis.server.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cpis.store.CpisDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The LA client end to end through the service's MESH door ({@code transport=mesh-api}): the LA's mailbox is
 * registered for the HTTP door with a password, the operator issues its MESH client certificate, and the client
 * sends and takes messages over HTTPS with mutual TLS and MESH tokens keyed by the service's development shared
 * secret. The story is {@link LaExchangeScenarios}; a refused password is added here.
 */
class LaMeshDoorIT extends LaExchangeScenarios {

    private static final String PASSWORD = "exampleshire-mesh";

    LaMeshDoorIT(CpisDatabase database) {
        super(database);
    }

    @Override
    void registerTheMailbox() {
        ok(cpis.admin("mailboxes", "register", "--mailbox", MAILBOX, "--ods", "X09", "--name",
                "Exampleshire County Council", "--password", PASSWORD));
        ok(cpis.admin("pki", "mailbox", "--mailbox", MAILBOX));
    }

    @Override
    void connectTheLa() {
        appendSettings(meshSettings(PASSWORD));
    }

    private String[] meshSettings(String password) {
        return new String[] {"transport=mesh-api",
            "mesh.url=" + cpis.meshDoor(),
            "mesh.password=" + password,
            "mesh.shared-secret=" + cpis.dataFile("keys/mesh-development-secret"),
            "mesh.keystore=" + cpis.dataFolder.resolve("pki/mailboxes/" + MAILBOX + ".p12"),
            "mesh.keystore-password=" + cpis.dataFile("pki/development-password"),
            "mesh.trust-store=" + cpis.dataFolder.resolve("pki/ca.pem")};
    }

    @Test
    @Order(20)
    @DisplayName("A wrong MESH password against the running service: exit status 3 and CPIS-L037 naming what to check")
    void refusedPassword() throws IOException {
        Path wrong = laFolder.resolve("wrong-password.properties");
        Files.copy(settings, wrong);
        Files.writeString(wrong, "\nmesh.password=not-the-password\n", java.nio.file.StandardOpenOption.APPEND);

        RunningCpis.Run inbox = cpis.la(laClock, Map.of("CPIS_LA_SETTINGS", wrong.toString()), "inbox");

        assertThat(inbox.status()).as(inbox.shown()).isEqualTo(3);
        assertThat(inbox.err()).startsWith("cpis-server la inbox: CPIS-L037 cannot list the inbox: MESH at "
                + cpis.meshDoor() + " refused mailbox " + MAILBOX).contains("HTTP 403")
                .contains("check mesh.mailbox, mesh.password and mesh.shared-secret");
    }
}
