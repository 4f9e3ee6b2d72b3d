package org.cpis.gateway.codec.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two notifications CP-IS sends to Local Authorities as bare payload files over MESH (SFT, CP-IS027), with
 * the names we give them where the DMS is silent (see docs/WIRE-FORMAT.md, "Notifications to Local
 * Authorities"): the MESH workflow id (a default the sft configuration may override), the interaction name in
 * the DMS's URN style, and the MESH subject. The payload's message type and root element are the DMS's own.
 */
public enum NotificationInteraction {

    /** Daily Access to Service Notification (REPC_MT000004GB01, CP-IS022, CP-IS025, CP-IS070). */
    ACCESS_TO_SERVICE("REPC_MT000004GB01", "CP-ISAccessToServiceNotification",
            "urn:GB-en-NHS:iops:interaction:CP-ISAccessToServiceNotification-v1-0", "CPIS_ACCESS_TO_SERVICE",
            "CP-IS Access to Service Notification"),

    /** Inactive NHS Number Notification (REPC_MT000005GB01, CP-IS012, CP-IS023). */
    INACTIVE_NHS_NUMBER("REPC_MT000005GB01", "CP-ISInactiveNHSNumberNotification",
            "urn:GB-en-NHS:iops:interaction:CP-ISInactiveNHSNumberNotification-v1-0", "CPIS_INACTIVE_NHS_NUMBERS",
            "CP-IS Inactive NHS Number Notification");

    private final String messageType;
    private final String rootElement;
    private final String interaction;
    private final String workflowId;
    private final String subject;

    NotificationInteraction(String messageType, String rootElement, String interaction,
                            String workflowId, String subject) {
        this.messageType = messageType;
        this.rootElement = rootElement;
        this.interaction = interaction;
        this.workflowId = workflowId;
        this.subject = subject;
    }

    /** The notification a MESH message of this workflow id carries (default ids only). */
    public static Optional<NotificationInteraction> forWorkflowId(String workflowId) {
        return Arrays.stream(values()).filter(n -> n.workflowId.equals(workflowId)).findFirst();
    }

    /** The notification a file with this root element (local name, namespace urn:hl7-org:v3) is. */
    public static Optional<NotificationInteraction> forRootElement(String localName) {
        return Arrays.stream(values()).filter(n -> n.rootElement.equals(localName)).findFirst();
    }

    /** The HL7 message type, e.g. REPC_MT000004GB01. */
    public String messageType() {
        return messageType;
    }

    /** The payload's root element in urn:hl7-org:v3. */
    public String rootElement() {
        return rootElement;
    }

    /** Our interaction name, in the style of the DMS's upload and acknowledgement interaction URNs. */
    public String interaction() {
        return interaction;
    }

    /** The default MESH workflow id (mex-WorkflowID, control file WorkflowId). */
    public String workflowId() {
        return workflowId;
    }

    /** The MESH subject (mex-Subject, control file Subject): the CP-ISMessageType display name. */
    public String subject() {
        return subject;
    }
}
