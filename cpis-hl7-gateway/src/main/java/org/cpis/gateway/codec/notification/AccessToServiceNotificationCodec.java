package org.cpis.gateway.codec.notification;

import static org.cpis.gateway.codec.notification.NotificationChecks.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.InternalWriter;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;

/**
 * The Access to Service Notification (REPC_MT000004GB01, root {@code CP-ISAccessToServiceNotification}) between
 * wire and domain: CP-IS encodes it for an LA; the LA-side client and the validator decode it.
 * <ul>
 *   <li>One {@link ChildAccesses} is one {@code pertinentInformation1/pertinentCP-ISRecordAccess}: its accesses,
 *       in the domain's order (newest first), are the {@code pertinentInformation2/pertinentCP-ISNHSQuery} list,
 *       each naming the child (NHS number, and the LA's local id when known) in
 *       {@code queryByParameter/person.id/value}; {@code reference/referredToLAUploadFile} is the upload file
 *       the record came from (LAUFI). TRR is the number of accesses.</li>
 *   <li>An access's {@code effectiveTime} is the query's own time ({@link AccessEvent#queryTime()}), the time
 *       "the query was sent" (CP-IS022). A decoded access has {@code accessedAt} = {@code queryTime} = that
 *       time. The notification window is not on the wire: decoded notifications have no window (null).</li>
 *   <li>Decoding checks what the schema cannot: TRR equals the accesses carried (CPIS-C024), NHS numbers
 *       (CPIS-C010), real times (CPIS-C011), authors' contentIds (CPIS-C016), ODS codes (CPIS-C020), each
 *       child named by one NHS number and at most one local id (CPIS-C025) and the same child throughout one
 *       record access (CPIS-C026).</li>
 * </ul>
 * Thread-safe.
 */
public final class AccessToServiceNotificationCodec {

    private static final String ROOT = "/CP-ISAccessToServiceNotification";
    private static final String TRR_PATH = ROOT + "/pertinentInformation/pertinentTotalReturnedRecords/value";
    private static final String RECIPIENT_PATH = ROOT
            + "/primaryInformationRecipient/COCT_TP145103GB01.IntendedRecipient/representedSourceOrganization";

    private final NotificationReader reader = new NotificationReader(NotificationInteraction.ACCESS_TO_SERVICE,
            Stylesheets.get("access-to-service-decode"));
    private final XsltExecutable encode = Stylesheets.get("access-to-service-encode");

    public byte[] encode(AccessToServiceNotification notification) {
        InternalWriter w = new InternalWriter("accessToService");
        w.leaf("id", HeaderMapping.wireUuid(notification.id()))
                .leaf("effectiveTime", Hl7Time.format(notification.createdAt()))
                .leaf("totalRecords", notification.totalAccessRecords());
        w.start("recipient").leaf("code", notification.recipient().code().value())
                .leaf("name", notification.recipient().name()).end();
        for (ChildAccesses child : notification.children()) {
            w.start("child").leaf("nhsNumber", child.nhsNumber().value()).leaf("localId", child.localChildId())
                    .leaf("uploadFileId", child.uploadFileId());
            for (AccessEvent access : child.accesses()) {
                w.start("access").leaf("id", HeaderMapping.wireUuid(access.queryId()))
                        .leaf("effectiveTime", Hl7Time.format(access.queryTime()));
                AuthorMapping.write(w, access.author());
                w.end();
            }
            w.end();
        }
        return Transforms.toBytes(encode, w.build());
    }

    public AccessToServiceNotification decode(byte[] wire) {
        InternalReader in = reader.read(wire);
        NotificationChecks checks = new NotificationChecks();
        Instant createdAt = checks.time(in.requiredText("effectiveTime"), ROOT + "/effectiveTime");
        Organisation recipient = checks.organisation(in.required("recipient"), RECIPIENT_PATH);
        List<InternalReader> records = in.children("recordAccess");
        List<ChildAccesses> children = new ArrayList<>();
        int accesses = 0;
        for (int i = 0; i < records.size(); i++) {
            accesses += records.get(i).children("access").size();
            ChildAccesses child = child(records.get(i), ROOT + "/" + step("pertinentInformation1", i)
                    + "/pertinentCP-ISRecordAccess", checks);
            if (child != null) {
                children.add(child);
            }
        }
        checks.total(in.requiredText("totalRecords"), accesses, "access records", TRR_PATH);
        checks.throwIfAny();
        return new AccessToServiceNotification(HeaderMapping.uuid(in.requiredText("id")), createdAt, recipient, null,
                null, children);
    }

    /** One record access as a child's accesses, or {@code null} when a problem was recorded. */
    private static ChildAccesses child(InternalReader record, String path, NotificationChecks checks) {
        List<InternalReader> accesses = record.children("access");
        List<AccessEvent> events = new ArrayList<>();
        PersonIdentifiers first = null;
        for (int j = 0; j < accesses.size(); j++) {
            InternalReader access = accesses.get(j);
            String query = path + "/" + step("pertinentInformation2", j) + "/pertinentCP-ISNHSQuery";
            PersonIdentifiers child = PersonIdentifiers.read(access, checks, query + "/queryByParameter/person.id/value");
            if (j == 0) {
                first = child;
            } else if (first != null && child != null && !child.equals(first)) {
                checks.add(ProblemCode.ACCESS_CHILD, "names " + describe(child) + " but the first access names "
                        + describe(first), query + "/queryByParameter/person.id");
            }
            Instant time = checks.time(access.requiredText("effectiveTime"), query + "/effectiveTime");
            QueryAuthor author = checks.author(access.required("author"), query + "/author");
            if (child != null && time != null && author != null) {
                events.add(new AccessEvent(HeaderMapping.uuid(access.requiredText("id")), child.nhsNumber(), time, time,
                        author));
            }
        }
        if (first == null || events.size() < accesses.size()) {
            return null;
        }
        return new ChildAccesses(first.nhsNumber(), first.localId(), record.requiredText("uploadFileId"), events);
    }

    private static String describe(PersonIdentifiers child) {
        return "NHS number " + child.nhsNumber() + (child.localId() == null ? " without local id" : " / local id "
                + child.localId());
    }
}
