package org.cpis.gateway.codec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.namespace.QName;
import org.cpis.gateway.codec.WireSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotificationInteractionTest {

    @Test
    @DisplayName("Each notification's root element selects its own message type's schema")
    void rootSelectsTheSchema() {
        for (NotificationInteraction n : NotificationInteraction.values()) {
            assertThat(WireSchemas.instance().entrySchema(new QName("urn:hl7-org:v3", n.rootElement()), ""))
                    .contains(n.messageType() + ".xsd");
        }
    }

    @Test
    @DisplayName("CP-IS027: an LA-side client tells the notifications apart by MESH workflow id or by root element")
    void lookUps() {
        assertThat(NotificationInteraction.forWorkflowId("CPIS_ACCESS_TO_SERVICE"))
                .contains(NotificationInteraction.ACCESS_TO_SERVICE);
        assertThat(NotificationInteraction.forWorkflowId("CPIS_INACTIVE_NHS_NUMBERS"))
                .contains(NotificationInteraction.INACTIVE_NHS_NUMBER);
        assertThat(NotificationInteraction.forWorkflowId("CPIS_ACCESS_TO_SERVICE_ACK")).isEmpty();
        assertThat(NotificationInteraction.forRootElement("CP-ISInactiveNHSNumberNotification"))
                .contains(NotificationInteraction.INACTIVE_NHS_NUMBER);
        assertThat(NotificationInteraction.forRootElement("FileResponse")).isEmpty();
    }

    @Test
    @DisplayName("Workflow ids fit the MESH limits (old DTS control files: 32 characters) and subjects name the message")
    void meshLimits() {
        for (NotificationInteraction n : NotificationInteraction.values()) {
            assertThat(n.workflowId()).hasSizeLessThanOrEqualTo(32).matches("[A-Z_]+");
            assertThat(n.subject()).startsWith("CP-IS ").endsWith("Notification");
            assertThat(n.interaction()).startsWith("urn:GB-en-NHS:iops:interaction:CP-IS").endsWith("-v1-0");
        }
    }
}
