package org.cpis.server.cli.la;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.cpis.sft.la.inbox.MessageView;
import org.cpis.sft.la.inbox.OutcomeWords;

/**
 * Messages from CP-IS for people, spreadsheets and programs (CP-SC019-022): acknowledgements with the refused children
 * and reasons; Access to Service Notifications with who, role, where and when per child (most recent first) or a
 * line saying nobody looked; Inactive NHS Number Notifications with old and new numbers.
 */
final class InboxOutput {

    private InboxOutput() {
    }

    static void table(List<MessageView> messages, PrintWriter out) {
        if (messages.isEmpty()) {
            out.println("No message.");
        }
        for (MessageView m : messages) {
            String received = " (received " + Shown.time(m.entry().receivedAt()) + ")";
            if (m instanceof MessageView.Acknowledgement a) {
                out.println("Acknowledgement of " + (a.fileName() == null ? "unknown upload file" : a.fileName())
                        + " (sequence id " + a.sequenceId() + ")" + received + ": "
                        + OutcomeWords.fileMeaning(a.outcome()) + (a.outcome().isFinal() ? " - " + a.successful()
                        + " loaded, " + a.failed() + " refused" : ""));
                if (!a.records().isEmpty()) {
                    Table t = new Table("Record", "Local id", "NHS number", "Outcome", "Reason");
                    a.records().forEach(r -> t.row(r.position(), r.localId(), Shown.nhs(r.nhsNumber()),
                            r.outcome().name(), r.reason()));
                    t.print(out, "  ");
                }
            } else if (m instanceof MessageView.AccessToService n) {
                if (n.accesses().isEmpty()) {
                    out.println("Access to Service Notification of " + Shown.time(n.createdAt()) + received
                            + ": nobody looked at CP-IS information about this LA's children.");
                } else {
                    out.println("Access to Service Notification of " + Shown.time(n.createdAt()) + received + ": "
                            + n.accesses().size() + " access" + (n.accesses().size() == 1 ? "" : "es")
                            + ", most recent first");
                    Table t = new Table("Local id", "NHS number", "When", "Who", "Role", "Where");
                    n.accesses().forEach(x -> t.row(x.localId() == null ? "(not known)" : x.localId(),
                            Shown.nhs(x.nhsNumber()), Shown.time(x.when()), x.who(), x.role(), x.where()));
                    t.print(out, "  ");
                }
            } else if (m instanceof MessageView.InactiveNumbers n) {
                out.println("Inactive NHS Number Notification of " + Shown.time(n.createdAt()) + received
                        + ": these NHS numbers are no longer valid");
                Table t = new Table("Local id", "Inactive NHS number", "New NHS number", "Upload file", "Next build");
                n.numbers().forEach(x -> t.row(x.localId() == null ? "(not known)" : x.localId(),
                        Shown.nhs(x.oldNumber()),
                        x.newNumber() == null ? "not known: trace the child on PDS" : Shown.nhs(x.newNumber()),
                        x.uploadFileId(), x.updated() ? "sends the new number" : x.newNumber() == null ? ""
                                : "update the case-management system, or run 'la inbox --update-numbers'"));
                t.print(out, "  ");
            } else if (m instanceof MessageView.TransportReport) {
                out.println(m.entry().summary() + received);
            } else {
                out.println("Unreadable message " + m.entry().messageId() + received + ": " + m.entry().summary()
                        + (m.entry().storedAs() == null ? "" : " (kept as received/" + m.entry().storedAs() + ")"));
            }
        }
    }

    static void csv(List<MessageView> messages, PrintWriter out) {
        LaCsv csv = new LaCsv(out, "received", "message", "message_id", "message_time", "summary", "local_child_id",
                "nhs_number", "new_nhs_number", "record_outcome", "reason", "accessed_at", "who", "role", "where",
                "upload_file");
        for (MessageView m : messages) {
            String received = Shown.iso(m.entry().receivedAt());
            String id = m.entry().messageId();
            String summary = m.entry().summary();
            if (m instanceof MessageView.Acknowledgement a) {
                if (a.records().isEmpty()) {
                    csv.row(received, "acknowledgement", id, "", summary, "", "", "", "", "", "", "", "", "",
                            a.sequenceId());
                }
                a.records().forEach(r -> csv.row(received, "acknowledgement", id, "", summary, r.localId(),
                        r.nhsNumber(), "", r.outcome().name(), r.reason(), "", "", "", "", a.sequenceId()));
            } else if (m instanceof MessageView.AccessToService n) {
                if (n.accesses().isEmpty()) {
                    csv.row(received, "access to service", id, Shown.iso(n.createdAt()), summary, "", "", "", "", "",
                            "", "", "", "", "");
                }
                n.accesses().forEach(x -> csv.row(received, "access to service", id, Shown.iso(n.createdAt()),
                        summary, x.localId(), x.nhsNumber(), "", "", "", Shown.iso(x.when()), x.who(), x.role(),
                        x.where(), x.uploadFileId()));
            } else if (m instanceof MessageView.InactiveNumbers n) {
                n.numbers().forEach(x -> csv.row(received, "inactive nhs number", id, Shown.iso(n.createdAt()),
                        summary, x.localId(), x.oldNumber(), x.newNumber(), "", "", "", "", "", "", x.uploadFileId()));
            } else {
                csv.row(received, m instanceof MessageView.TransportReport ? "transport report" : "unreadable", id, "",
                        summary, "", "", "", "", "", "", "", "", "", "");
            }
        }
        csv.flush();
    }

    static void json(List<MessageView> messages, PrintWriter out) {
        ArrayNode all = LaJson.array();
        for (MessageView m : messages) {
            ObjectNode o = all.addObject().put("received", Shown.iso(m.entry().receivedAt()))
                    .put("messageId", m.entry().messageId()).put("summary", m.entry().summary());
            if (m instanceof MessageView.Acknowledgement a) {
                o.put("kind", "acknowledgement").put("sequenceId", a.sequenceId()).put("file", a.fileName())
                        .put("fileOutcome", a.outcome().name())
                        .put("status", a.status() == null ? null : a.status().label())
                        .put("loaded", a.successful()).put("refused", a.failed());
                ArrayNode records = o.putArray("refusedRecords");
                a.records().forEach(r -> records.addObject().put("record", r.position())
                        .put("localChildId", r.localId()).put("nhsNumber", r.nhsNumber())
                        .put("outcome", r.outcome().name()).put("reason", r.reason()));
            } else if (m instanceof MessageView.AccessToService n) {
                o.put("kind", "access to service").put("notificationId", n.notificationId().toString())
                        .put("created", Shown.iso(n.createdAt())).put("noAccesses", n.accesses().isEmpty());
                ArrayNode accesses = o.putArray("accesses");
                n.accesses().forEach(x -> accesses.addObject().put("localChildId", x.localId())
                        .put("nhsNumber", x.nhsNumber()).put("when", Shown.iso(x.when())).put("who", x.who())
                        .put("role", x.role()).put("where", x.where()).put("uploadFile", x.uploadFileId()));
            } else if (m instanceof MessageView.InactiveNumbers n) {
                o.put("kind", "inactive nhs number").put("notificationId", n.notificationId().toString())
                        .put("created", Shown.iso(n.createdAt()));
                ArrayNode numbers = o.putArray("numbers");
                n.numbers().forEach(x -> numbers.addObject().put("localChildId", x.localId())
                        .put("inactiveNhsNumber", x.oldNumber()).put("newNhsNumber", x.newNumber())
                        .put("uploadFile", x.uploadFileId()).put("newNumberSentNextBuild", x.updated()));
            } else if (m instanceof MessageView.TransportReport) {
                o.put("kind", "transport report");
            } else {
                o.put("kind", "unreadable").put("keptAs", m.entry().storedAs());
            }
        }
        LaJson.write(LaJson.object().set("messages", all), out);
    }
}
