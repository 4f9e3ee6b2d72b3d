package org.cpis.gateway.codec.notification;

import static org.cpis.gateway.codec.notification.NotificationChecks.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Organisation;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The Inactive NHS Number Notification (REPC_MT000005GB01, root {@code CP-ISInactiveNHSNumberNotification})
 * between wire and domain: CP-IS encodes it for an LA; the LA-side client and the validator decode it. One
 * {@link InactiveSubject} is one {@code subject/pDSInactivePatient}: {@code id} the inactive NHS number and the
 * LA's local id when known, {@code replacedBy/newVersion/id} the new NHS number only when PDS knows it,
 * {@code subjectOf/lAUploadFile/value} the upload file the number came from. Decoding checks what the schema
 * cannot: NHS numbers (CPIS-C010), a real time (CPIS-C011), the recipient's ODS code (CPIS-C020) and one NHS
 * number with at most one local id per subject (CPIS-C025). Thread-safe.
 */
public final class InactiveNhsNumberNotificationCodec {

    private static final String ROOT = "/CP-ISInactiveNHSNumberNotification";
    private static final String RECIPIENT_PATH = ROOT
            + "/primaryInformationRecipient/COCT_TP145103GB01.IntendedRecipient/representedSourceOrganization";

    private final NotificationReader reader = new NotificationReader(NotificationInteraction.INACTIVE_NHS_NUMBER,
            Stylesheets.get("inactive-nhs-number-decode"));
    private final XsltExecutable encode = Stylesheets.get("inactive-nhs-number-encode");

    public byte[] encode(InactiveNhsNumberNotification notification) {
        InternalWriter w = new InternalWriter("inactiveNhsNumbers");
        w.leaf("id", HeaderMapping.wireUuid(notification.id()))
                .leaf("effectiveTime", Hl7Time.format(notification.createdAt()));
        w.start("recipient").leaf("code", notification.recipient().code().value())
                .leaf("name", notification.recipient().name()).end();
        for (InactiveSubject subject : notification.subjects()) {
            w.start("subject").leaf("nhsNumber", subject.inactiveNhsNumber().value())
                    .leaf("localId", subject.localChildId())
                    .leaf("replacement", subject.replacementIfKnown().map(NhsNumber::value).orElse(null))
                    .leaf("uploadFileId", subject.uploadFileId()).end();
        }
        return Transforms.toBytes(encode, w.build());
    }

    public InactiveNhsNumberNotification decode(byte[] wire) {
        InternalReader in = reader.read(wire);
        NotificationChecks checks = new NotificationChecks();
        Instant createdAt = checks.time(in.requiredText("effectiveTime"), ROOT + "/effectiveTime");
        Organisation recipient = checks.organisation(in.required("recipient"), RECIPIENT_PATH);
        List<InternalReader> wireSubjects = in.children("subject");
        List<InactiveSubject> subjects = new ArrayList<>();
        for (int i = 0; i < wireSubjects.size(); i++) {
            InternalReader subject = wireSubjects.get(i);
            String path = ROOT + "/" + step("subject", i) + "/pDSInactivePatient";
            PersonIdentifiers ids = PersonIdentifiers.read(subject, checks, path + "/id");
            String replacementText = subject.text("replacement");
            NhsNumber replacement = replacementText == null ? null
                    : checks.nhsNumber(replacementText, path + "/replacedBy/newVersion/id");
            if (ids != null && (replacementText == null || replacement != null)) {
                subjects.add(new InactiveSubject(ids.nhsNumber(), ids.localId(), replacement,
                        subject.requiredText("uploadFileId")));
            }
        }
        checks.throwIfAny();
        return new InactiveNhsNumberNotification(HeaderMapping.uuid(in.requiredText("id")), createdAt, recipient,
                subjects);
    }
}
