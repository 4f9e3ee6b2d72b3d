package org.cpis.core.audit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;

/**
 * An LA entry written into an audit event's detail, and read back, so that whether a record was present at
 * any past time can be derived from the audit trail alone (CP-IS075). One line of {@code key=value} pairs
 * separated by ';', values URL-encoded; plans as {@code TYPE|start|end|delete} separated by ','.
 */
public final class EntrySnapshot {

    private static final String NONE = "-";

    private EntrySnapshot() {
    }

    public static String format(LocalAuthorityEntry e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nhs", e.nhsNumber().value());
        m.put("la", e.localAuthorityCode().value());
        m.put("laName", e.localAuthority().name());
        m.put("edt", e.localAuthority().emergencyDutyPhone().digits());
        m.put("office", e.localAuthority().officeHours().map(TelephoneNumber::digits).orElse(NONE));
        m.put("localId", e.localChildId() == null ? NONE : e.localChildId());
        m.put("kind", e.subjectKind().name());
        m.put("dob", e.birthDate() == null ? NONE : e.birthDate().toString());
        m.put("file", e.uploadFileId());
        m.put("received", e.receivedAt().toString());
        List<String> plans = new ArrayList<>();
        for (Plan p : e.plans()) {
            plans.add(p.type() + "|" + text(p.start()) + "|" + text(p.end()) + "|" + text(p.delete()));
        }
        m.put("plans", String.join(",", plans));
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    public static LocalAuthorityEntry parse(String detail) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : detail.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not an entry snapshot: " + detail);
            }
            m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        List<Plan> plans = new ArrayList<>();
        String planText = m.getOrDefault("plans", "");
        if (!planText.isEmpty()) {
            for (String p : planText.split(",")) {
                String[] f = p.split("\\|", -1);
                plans.add(new Plan(PlanType.valueOf(f[0]), dateTime(f[1]), dateTime(f[2]), dateTime(f[3])));
            }
        }
        String office = m.get("office");
        LocalAuthority la = new LocalAuthority(OdsCode.of(m.get("la")), m.get("laName"),
                TelephoneNumber.of(m.get("edt")), NONE.equals(office) ? null : TelephoneNumber.of(office));
        return new LocalAuthorityEntry(NhsNumber.of(m.get("nhs")), la, orNull(m.get("localId")),
                SubjectKind.valueOf(m.get("kind")), NONE.equals(m.get("dob")) ? null : LocalDate.parse(m.get("dob")),
                plans, m.get("file"), Instant.parse(m.get("received")));
    }

    private static String text(LocalDateTime t) {
        return t == null ? NONE : t.toString();
    }

    private static LocalDateTime dateTime(String s) {
        return NONE.equals(s) ? null : LocalDateTime.parse(s);
    }

    private static String orNull(String s) {
        return NONE.equals(s) ? null : s;
    }
}
