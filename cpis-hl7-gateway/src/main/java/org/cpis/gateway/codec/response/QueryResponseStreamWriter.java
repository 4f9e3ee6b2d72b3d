package org.cpis.gateway.codec.response;

import java.util.Set;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.VisibleEntry;
import org.cpis.gateway.codec.AuthorWireWriting;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.TransmissionHeader;
import org.cpis.gateway.codec.WireOids;
import org.cpis.gateway.codec.WireWriter;

/**
 * Encodes a Query Response (REPC_IN000007GB01), bare or inside Spine's outer {@code CP-ISNHSQueryResponse},
 * straight from the domain to the wire with an {@link WireWriter} (an {@code XMLStreamWriter}), without
 * indentation: the same elements, attributes and text in the same order as {@code query-response-encode.xsl}
 * writes from {@link QueryResponseWriter}'s internal XML, and the same refusals (IllegalArgumentException) for
 * what the core never stores. Only what may leave CP-IS is written (CP-IS051, CP-NHS010). Stateless.
 */
final class QueryResponseStreamWriter {

    private QueryResponseStreamWriter() {
    }

    static byte[] write(QueryResponseMessage m, boolean spineEnvelope) {
        WireWriter w = WireWriter.message(4096 + 1024 * m.result().accessHistory().size());
        if (spineEnvelope) {
            w.root(SpineEnvelope.ELEMENT, false);
            w.start(QueryResponseMessage.INTERACTION).declareNpfitlc();
        } else {
            w.root(QueryResponseMessage.INTERACTION, true);
        }
        header(w, m.header());
        w.start("ControlActEvent").attribute("classCode", "CACT").attribute("moodCode", "EVN");
        controlActAuthors(w, m.controlAct());
        w.start("subject", "typeCode", "SUBJ");
        payload(w, m);
        w.end();
        w.start("queryAck", "type", "QueryAck").leaf("queryResponseCode", "code", "OK").end();
        return w.finish();
    }

    private static void header(WireWriter w, TransmissionHeader h) {
        w.leaf("id", "root", HeaderMapping.wireUuid(h.messageId()));
        w.leaf("creationTime", "value", Hl7Time.format(h.creationTime()));
        w.leaf("versionCode", "code", h.versionCode());
        w.leaf("interactionId", "root", WireOids.INTERACTION, "extension", h.interactionId());
        w.leaf("processingCode", "code", h.processingCode());
        w.leaf("processingModeCode", "code", h.processingModeCode());
        w.leaf("acceptAckCode", "code", h.acceptAckCode());
        for (String receiver : h.receiverAsids()) {
            w.start("communicationFunctionRcv", "typeCode", "RCV");
            device(w, receiver);
            w.end();
        }
        w.start("communicationFunctionSnd", "typeCode", "SND");
        device(w, h.senderAsid());
        w.end();
    }

    private static void device(WireWriter w, String asid) {
        w.start("device").attribute("classCode", "DEV").attribute("determinerCode", "INSTANCE");
        w.leaf("id", "root", WireOids.ASID, "extension", asid);
        w.end();
    }

    private static void controlActAuthors(WireWriter w, ControlAct c) {
        ControlAct.SdsPerson p = c.person();
        if (p != null) {
            w.start("author", "typeCode", "AUT").start("AgentPersonSDS", "classCode", "AGNT");
            w.leaf("id", "root", WireOids.SDS_ROLE_PROFILE, "extension", p.roleProfileId());
            w.start("agentPersonSDS").attribute("classCode", "PSN").attribute("determinerCode", "INSTANCE");
            w.leaf("id", "root", WireOids.SDS_USER, "extension", p.userId());
            w.end();
            w.start("part", "typeCode", "PART").start("partSDSRole", "classCode", "ROL");
            w.leaf("id", "root", WireOids.SDS_JOB_ROLE, "extension", p.jobRoleId());
            w.end().end();
            w.end().end();
        }
        for (String asid : c.authorAsids()) {
            w.start("author1", "typeCode", "AUT").start("AgentSystemSDS", "classCode", "AGNT");
            w.start("agentSystemSDS").attribute("classCode", "DEV").attribute("determinerCode", "INSTANCE");
            w.leaf("id", "root", WireOids.ASID, "extension", asid);
            w.end().end().end();
        }
    }

    private static void payload(WireWriter w, QueryResponseMessage m) {
        QueryResult.Found result = m.result();
        w.start(SpineEnvelope.ELEMENT);
        w.leaf("effectiveTime", "value", Hl7Time.format(result.respondedAt()));
        w.leaf("id", "root", HeaderMapping.wireUuid(m.payloadId()));
        w.start("pertinentInformation11").start("pertinentTotalReturnedAccessRecords")
                .leaf("value", "value", String.valueOf(result.totalAccessRecords())).end().end();
        w.start("pertinentInformation12").start("pertinentTotalReturnedChildRecords")
                .leaf("value", "value", String.valueOf(result.totalChildRecords())).end().end();
        for (AccessEvent a : result.accessHistory()) {
            w.start("pertinentInformation13").start("pertinentCP-ISNHSQuery");
            w.leaf("effectiveTime", "value", Hl7Time.format(a.queryTime()));
            w.leaf("id", "root", HeaderMapping.wireUuid(a.queryId()));
            w.start("author");
            AuthorWireWriting.write(w, a.author());
            w.end();
            w.start("queryByParameter").start("person.NHSnumber").leaf("value", "extension", a.nhsNumber().value())
                    .end().end();
            w.end().end();
        }
        w.start("pertinentInformation14").start("pertinentCP-ISRecordControlAct");
        String nhsNumber = result.nhsNumber().value();
        for (VisibleEntry e : result.entries()) {
            record(w, e, nhsNumber);
        }
        w.end().end();
        w.end();
    }

    /** One providing Local Authority: who it is and how to reach it, its plans, and whom they are about. */
    private static void record(WireWriter w, VisibleEntry entry, String nhsNumber) {
        Set<PlanType> types = QueryResponseWriter.planTypes(entry);
        LocalAuthority la = entry.localAuthority();
        w.start("record").start("communicationFunctionSnd").start("organisation");
        w.leaf("id", "root", WireOids.ODS_ORGANISATION, "extension", la.code().value());
        w.text("name", la.name());
        la.officeHours().ifPresent(phone -> w.leaf("telecom", "value", phone.uri(), "use", "WP"));
        w.leaf("telecom", "value", la.emergencyDutyPhone().uri(), "use", "EC");
        w.end().end();
        w.start("CP-ISRecord");
        for (Plan p : entry.plans()) {
            plan(w, p);
        }
        if (types.contains(PlanType.CPP) || types.contains(PlanType.LAC)) {
            w.start("subject").contentId(WireOids.CONTENT_ID, "COCT_TP145101GB01#Child");
            w.start("COCT_TP145101GB01.Child").leaf("id", "root", WireOids.NHS_NUMBER, "extension", nhsNumber).end();
            w.end();
        }
        if (types.contains(PlanType.UCPP)) {
            w.start("subject").contentId(WireOids.CONTENT_ID, "COCT_TP145100GB01#UnbornChild");
            w.start("COCT_TP145100GB01.UnbornChild").start("parentMotherPerson").start("playedMother")
                    .leaf("id", "root", WireOids.NHS_NUMBER, "extension", nhsNumber).end().end().end();
            w.end();
        }
        w.end().end();
    }

    /** A response plan template (NPFIT-100018) with its start and end dates only. */
    private static void plan(WireWriter w, Plan p) {
        ResponsePlanTemplate t = ResponsePlanTemplate.of(p.type());
        w.start("pertinentInformation15").contentId(WireOids.CONTENT_ID, t.contentId);
        w.start(t.element);
        w.start("component").start(t.startDate).leaf("value", "value", Hl7Time.formatPlanDate(p.start())).end().end();
        if (p.end() != null) {
            w.start("component1").start(t.endDate).leaf("value", "value", Hl7Time.formatPlanDate(p.end())).end().end();
        }
        w.end();
        w.end();
    }

    /** The response plan template of each plan type, with its element and date-element names. */
    private enum ResponsePlanTemplate {
        CPP("COCT_TP146105GB01", "CPPInformation", "cPP"),
        LAC("COCT_TP146103GB01", "LACInformation", "lAC"),
        UCPP("COCT_TP146104GB01", "UCPInformation", "uCP");

        final String contentId;
        final String element;
        final String startDate;
        final String endDate;

        ResponsePlanTemplate(String template, String className, String dates) {
            this.contentId = template + "#" + className;
            this.element = template + "." + className;
            this.startDate = dates + "StartDate";
            this.endDate = dates + "EndDate";
        }

        static ResponsePlanTemplate of(PlanType type) {
            return switch (type) {
                case CPP -> CPP;
                case LAC -> LAC;
                case UCPP -> UCPP;
            };
        }
    }
}
