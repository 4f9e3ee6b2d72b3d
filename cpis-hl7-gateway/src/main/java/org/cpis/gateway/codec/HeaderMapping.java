package org.cpis.gateway.codec;

import java.util.Locale;
import java.util.UUID;

/** The internal XML of the transmission header and the control act, to and from their records. */
public final class HeaderMapping {

    private HeaderMapping() {
    }

    public static TransmissionHeader readHeader(InternalReader h) {
        return readHeader(HeaderFields.of(h));
    }

    /**
     * The header of the fields read: an unreal creation time is a {@code DateTimeParseException}; an id that is not
     * a UUID an {@code IllegalArgumentException} (the schema's pattern lets none through).
     */
    public static TransmissionHeader readHeader(HeaderFields h) {
        return new TransmissionHeader(uuid(WireText.required(h.messageId(), "messageId")),
                Hl7Time.parseInstant(WireText.required(h.creationTime(), "creationTime")), h.versionCode(),
                WireText.required(h.interactionId(), "interactionId"), h.processingCode(), h.processingModeCode(),
                h.acceptAckCode(), h.receivers(), WireText.required(h.sender(), "sender"));
    }

    public static void writeHeader(InternalWriter w, TransmissionHeader h) {
        w.start("header")
                .leaf("messageId", wireUuid(h.messageId()))
                .leaf("creationTime", Hl7Time.format(h.creationTime()))
                .leaf("versionCode", h.versionCode())
                .leaf("interactionId", h.interactionId())
                .leaf("processingCode", h.processingCode())
                .leaf("processingModeCode", h.processingModeCode())
                .leaf("acceptAckCode", h.acceptAckCode());
        h.receiverAsids().forEach(r -> w.leaf("receiver", r));
        w.leaf("sender", h.senderAsid()).end();
    }

    public static ControlAct readControlAct(InternalReader c) {
        ControlAct.SdsPerson person = c.child("person")
                .map(p -> new ControlAct.SdsPerson(p.text("roleProfileId"), p.text("userId"), p.text("jobRoleId")))
                .orElse(null);
        return new ControlAct(c.texts("authorAsid"), person);
    }

    public static void writeControlAct(InternalWriter w, ControlAct c) {
        w.start("controlAct");
        c.authorAsids().forEach(a -> w.leaf("authorAsid", a));
        c.personIfAny().ifPresent(p -> w.start("person").leaf("roleProfileId", p.roleProfileId())
                .leaf("userId", p.userId()).leaf("jobRoleId", p.jobRoleId()).end());
        w.end();
    }

    /** Identifier Global on the wire: upper-case UUID. */
    public static String wireUuid(UUID id) {
        return id.toString().toUpperCase(Locale.ROOT);
    }

    public static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
