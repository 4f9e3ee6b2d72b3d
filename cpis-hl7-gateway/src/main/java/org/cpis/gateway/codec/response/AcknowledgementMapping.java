package org.cpis.gateway.codec.response;

import java.util.List;
import java.util.UUID;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;

/**
 * The internal XML of the Application Acknowledgement wrapper's {@code acknowledgement} (typeCode, details,
 * messageRef) and of a control act's reasons, shared by the Query Act Failed and Application Acknowledgement
 * codecs.
 */
final class AcknowledgementMapping {

    private AcknowledgementMapping() {
    }

    static void writeAcknowledgement(InternalWriter w, String typeCode, List<AcknowledgementDetail> details, UUID messageRef) {
        w.start("acknowledgement").leaf("typeCode", typeCode);
        for (AcknowledgementDetail d : details) {
            w.start("detail").leaf("typeCode", d.typeCode()).leaf("code", d.code()).leaf("codeSystem", d.codeSystem())
                    .leaf("displayName", d.displayName()).end();
        }
        w.leaf("messageRef", HeaderMapping.wireUuid(messageRef)).end();
    }

    static List<AcknowledgementDetail> readDetails(InternalReader acknowledgement) {
        return acknowledgement.children("detail").stream()
                .map(d -> new AcknowledgementDetail(d.requiredText("typeCode"), d.requiredText("code"), d.text("codeSystem"),
                        d.text("displayName")))
                .toList();
    }

    static void writeReasons(InternalWriter w, List<DetectedIssue> reasons) {
        for (DetectedIssue r : reasons) {
            w.start("reason").leaf("code", r.code()).leaf("codeSystem", r.codeSystem()).leaf("displayName", r.displayName())
                    .leaf("qualifier", r.qualifierCode()).end();
        }
    }

    static List<DetectedIssue> readReasons(InternalReader parent) {
        return parent.children("reason").stream()
                .map(r -> new DetectedIssue(r.requiredText("code"), r.text("codeSystem"), r.text("displayName"),
                        r.text("qualifier")))
                .toList();
    }
}
