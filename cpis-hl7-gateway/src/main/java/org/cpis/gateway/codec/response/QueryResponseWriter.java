package org.cpis.gateway.codec.response;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.VisibleEntry;
import org.cpis.gateway.codec.AuthorMapping;
import org.cpis.gateway.codec.HeaderMapping;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.InternalWriter;

/**
 * Writes the internal XML of a query response's payload from a positive trace. Only what may leave CP-IS is
 * written (CP-IS051, CP-NHS010): per LA its name, ODS code and phones, per plan its type, start and end, and
 * as subject only the NHS number: a Child for a CPP or LAC, an UnbornChild (the mother's number) for a UCPP,
 * both when an entry holds both kinds. An access is sent at its query time ({@code queryTime}: CP-IS026, as in the
 * Access to Service Notification).
 */
final class QueryResponseWriter {

    private QueryResponseWriter() {
    }

    static void write(InternalWriter w, UUID payloadId, QueryResult.Found result) {
        w.start("response")
                .leaf("id", HeaderMapping.wireUuid(payloadId))
                .leaf("effectiveTime", Hl7Time.format(result.respondedAt()))
                .leaf("accessTotal", result.totalAccessRecords())
                .leaf("recordTotal", result.totalChildRecords());
        for (AccessEvent a : result.accessHistory()) {
            w.start("access")
                    .leaf("id", HeaderMapping.wireUuid(a.queryId()))
                    .leaf("effectiveTime", Hl7Time.format(a.queryTime()))
                    .leaf("nhsNumber", a.nhsNumber().value());
            AuthorMapping.write(w, a.author());
            w.end();
        }
        for (VisibleEntry e : result.entries()) {
            record(w, e, result.nhsNumber().value());
        }
        w.end();
    }

    private static void record(InternalWriter w, VisibleEntry entry, String nhsNumber) {
        LocalAuthority la = entry.localAuthority();
        w.start("record").start("localAuthority")
                .leaf("code", la.code().value())
                .leaf("name", la.name())
                .leaf("emergencyDutyPhone", la.emergencyDutyPhone().uri())
                .leaf("officeHoursPhone", la.officeHours().map(TelephoneNumber::uri).orElse(null))
                .end();
        Set<PlanType> types = planTypes(entry);
        for (Plan p : entry.plans()) {
            w.start("plan").leaf("type", p.type().name())
                    .leaf("start", Hl7Time.formatPlanDate(p.start()))
                    .leaf("end", p.end() == null ? null : Hl7Time.formatPlanDate(p.end()))
                    .end();
        }
        if (types.contains(PlanType.CPP) || types.contains(PlanType.LAC)) {
            w.start("subject").leaf("kind", "child").leaf("nhsNumber", nhsNumber).end();
        }
        if (types.contains(PlanType.UCPP)) {
            w.start("subject").leaf("kind", "unborn").leaf("nhsNumber", nhsNumber).end();
        }
        w.end();
    }

    /**
     * The plan types of an entry, once each have been checked: one plan per type, each with its start date, a
     * UCPP with its end date (due date); else {@link IllegalArgumentException} (the core never stores such plans).
     */
    static Set<PlanType> planTypes(VisibleEntry entry) {
        LocalAuthority la = entry.localAuthority();
        Set<PlanType> types = EnumSet.noneOf(PlanType.class);
        for (Plan p : entry.plans()) {
            if (!types.add(p.type())) {
                throw new IllegalArgumentException(la.code() + " sends two " + p.type() + " plans; a record has one per type");
            }
            if (p.start() == null) {
                throw new IllegalArgumentException("a " + p.type() + " plan of " + la.code() + " has no start date");
            }
            if (p.type() == PlanType.UCPP && p.end() == null) {
                throw new IllegalArgumentException("the UCPP of " + la.code() + " has no end date (due date)");
            }
        }
        return types;
    }
}
