package org.cpis.server.report;

import static org.cpis.core.testing.Fixtures.LA_X;
import static org.cpis.core.testing.Fixtures.LA_Y;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.EntrySnapshot;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.report.ServiceCounts;
import org.cpis.core.report.SubjectAccessReport;
import org.cpis.core.testing.Fixtures;

/** Reports as the core gives them, for the renderer tests. Test NHS numbers only (999 range). */
final class ReportData {

    static final Instant STORED_AT = Instant.parse("2026-01-10T09:00:00Z");
    static final Instant ACCESSED_AT = Instant.parse("2026-07-01T13:05:09Z");

    static final LocalAuthorityEntry ENTRY = new LocalAuthorityEntry(NhsNumber.of(NHS_A), Fixtures.la(LA_X), "C-1",
            SubjectKind.CHILD, LocalDate.parse("2015-05-20"),
            List.of(new Plan(PlanType.CPP, LocalDateTime.parse("2025-01-01T00:00"), null, LocalDateTime.parse("2027-02-01T00:00")),
                    Plan.of(PlanType.LAC, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-12-31"), null)),
            "7", STORED_AT);

    static final AccessEvent ACCESS = new AccessEvent(Fixtures.id(1), NhsNumber.of(NHS_A), ACCESSED_AT, ACCESSED_AT,
            Fixtures.nurse("1001"));

    static final AuditEntry STORED = new AuditEntry(3, new AuditEvent(STORED_AT, AuditAction.RECORD_STORED, "la:X09",
            OdsCode.of("X09"), NhsNumber.of(NHS_A), EntrySnapshot.format(ENTRY)), false);
    static final AuditEntry ACCESSED = new AuditEntry(5, new AuditEvent(ACCESSED_AT, AuditAction.RECORD_ACCESSED, "sds:1001",
            OdsCode.of("RX1"), NhsNumber.of(NHS_A), "query 1 by Ms Nia Nurse1001 shown LAs X09 from Example Hospitals NHS Trust"),
            false);
    static final AuditEntry REDACTED = new AuditEntry(6, new AuditEvent(ACCESSED_AT, AuditAction.RECORD_ACCESSED, "sds:1002",
            OdsCode.of("RX9"), NhsNumber.of(NHS_B), ""), true);

    static final OrganisationNames NAMES = OrganisationNames.of(Map.of(OdsCode.of("RX1"), "Example Hospitals NHS Trust",
            OdsCode.of("X09"), "Exampleshire County Council"));

    static final SubjectAccessReport SUBJECT = new SubjectAccessReport(NhsNumber.of(NHS_A), ACCESSED_AT.plusSeconds(60),
            List.of(ENTRY), List.of(ACCESS), List.of(STORED, ACCESSED));

    static final ServiceCounts COUNTS = new ServiceCounts(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-30"),
            List.of(Fixtures.la(LA_X).organisation(), Fixtures.la(LA_Y).organisation()), 3, 2,
            Map.of(PlanType.CPP, 2L, PlanType.LAC, 1L, PlanType.UCPP, 0L),
            Map.of(PlanType.CPP, 3L, PlanType.LAC, 1L, PlanType.UCPP, 0L), 17, 4,
            Map.of(OdsCode.of("X09"), Map.of(PlanType.CPP, 2L, PlanType.LAC, 0L, PlanType.UCPP, 0L),
                    OdsCode.of("Y05"), Map.of(PlanType.CPP, 0L, PlanType.LAC, 1L, PlanType.UCPP, 0L)));

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportData() {
    }

    static <T> String render(ReportRenderer<T> renderer, T report) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        renderer.render(report, out);
        out.flush();
        return text.toString();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
