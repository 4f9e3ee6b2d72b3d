package org.cpis.gateway.codec.response;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.TelephoneNumber;
import org.cpis.core.model.WorkerName;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.VisibleEntry;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;

/** The domain side of the query-response golden files: each method builds what its golden file carries. */
final class GoldenResponses {

    static final String CP_IS_ASID = "928942012545";
    static final Organisation HOSPITAL = new Organisation(OdsCode.of("RX1"), "EXAMPLE UNIVERSITY HOSPITALS NHS TRUST");
    static final Organisation AMBULANCE = new Organisation(OdsCode.of("RX9"), "EXAMPLE AMBULANCE SERVICE NHS TRUST");
    static final LocalAuthority WESTSHIRE = new LocalAuthority(OdsCode.of("X09"), "WESTSHIRE COUNTY COUNCIL",
            TelephoneNumber.of("01632960999"), TelephoneNumber.of("01632960123"));
    static final LocalAuthority EASTSHIRE = new LocalAuthority(OdsCode.of("Y05"), "EASTSHIRE BOROUGH COUNCIL",
            TelephoneNumber.of("+441632961000"), null);

    private GoldenResponses() {
    }

    /** one-la-one-plan.wire.xml (and, wrapped, spine-envelope.wire.xml). */
    static QueryResponseMessage oneLaOnePlan() {
        NhsNumber child = NhsNumber.of("9990000018");
        Instant at = Instant.parse("2024-03-12T10:15:01Z");
        QueryAuthor consultant = new QueryAuthor.Person("555123456789", "555987654321", JobRoleCode.of("S0010:G0020:R0050"),
                "Consultant", new WorkerName("Dr", "Jane Elizabeth", "Doe", null), HOSPITAL);
        VisibleEntry entry = new VisibleEntry(WESTSHIRE,
                List.of(new Plan(PlanType.CPP, LocalDateTime.of(2023, 11, 6, 9, 30), null, null)));
        return message("5B1D9F40-2C1E-4F0A-9D3B-7A6E2C8B1F01", "2024-03-12T10:15:02Z", "200000000123",
                "A4C3E2F1-0B1C-4D2E-8F3A-5B6C7D8E9F10", new QueryResult.Found(child, List.of(entry),
                        List.of(new AccessEvent(UUID.fromString("39AF0297-511D-4381-81C6-DB38125E178B"), child, at, at, consultant)),
                        Instant.parse("2024-03-12T10:15:02Z")));
    }

    /** several-las-midwife.wire.xml. */
    static QueryResponseMessage severalLasMidwifeView() {
        NhsNumber mother = NhsNumber.of("9990000026");
        QueryAuthor midwife = new QueryAuthor.Person("555222333444", null, JobRoleCode.of("S0030:G0100:R0680"), "Midwife",
                new WorkerName(null, "Aisha", "Khan", "RM"), HOSPITAL);
        QueryAuthor ambulance = new QueryAuthor.System(Asid.of("200000000456"), AMBULANCE, WorkerName.of("Sam", "Patel"),
                JobRoleCode.of("NR0050"), "Consultant");
        Instant now = Instant.parse("2024-04-02T08:00:05Z");
        Instant earlier = Instant.parse("2024-03-30T22:10:00Z");
        VisibleEntry westshire = new VisibleEntry(WESTSHIRE, List.of(
                new Plan(PlanType.CPP, LocalDateTime.of(2022, 1, 10, 0, 0), null, null),
                new Plan(PlanType.LAC, LocalDateTime.of(2022, 5, 3, 0, 0), LocalDateTime.of(2023, 9, 30, 12, 0), null)));
        VisibleEntry eastshire = new VisibleEntry(EASTSHIRE, List.of(
                new Plan(PlanType.UCPP, LocalDateTime.of(2024, 2, 1, 0, 0), LocalDateTime.of(2024, 8, 31, 0, 0), null)));
        return message("C7E5A3B1-9F8D-4E6C-A2B4-1D3F5E7A9C02", "2024-04-02T08:00:06Z", "200000000777",
                "0D2B4F6A-8C1E-4A3B-9D5F-7E9A1C3B5D04", new QueryResult.Found(mother, List.of(westshire, eastshire), List.of(
                        new AccessEvent(UUID.fromString("6E8A0C2D-4F6B-4D8A-B1C3-5E7F9A1B3C06"), mother, now, now, midwife),
                        new AccessEvent(UUID.fromString("2A4C6E8B-0D2F-4B6C-8E1A-3C5D7F9B1D08"), mother, earlier, earlier, ambulance)),
                        Instant.parse("2024-04-02T08:00:06Z")));
    }

    /** history-25.wire.xml: the newest 25 accesses, 26 hours 2 minutes apart, newest first. */
    static QueryResponseMessage history25() {
        String[] given = {"Jane", "Sam", "Mo Jo", "Li"};
        String[] family = {"Doe", "Patel", "O'Neill", "Nowak", "de Souza"};
        NhsNumber child = NhsNumber.of("9990000034");
        Instant newest = Instant.parse("2024-06-01T11:59:30Z");
        List<AccessEvent> history = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Instant at = newest.minusSeconds(i * 93_720L);
            QueryAuthor author;
            if (i % 2 == 0) {
                boolean midwife = i % 3 == 0;
                author = new QueryAuthor.Person("5550000000%02d".formatted(i), i % 4 == 0 ? "5559999999%02d".formatted(i) : null,
                        JobRoleCode.of(midwife ? "S0030:G0100:R0680" : "S0010:G0020:R0050"), midwife ? "Midwife" : "Consultant",
                        new WorkerName(i % 4 == 0 ? "Dr" : null, given[i % 4], family[i % 5], i % 6 == 0 ? "RN" : null), HOSPITAL);
            } else {
                boolean responsible = i % 3 != 0;
                author = new QueryAuthor.System(Asid.of("2000000004%02d".formatted(i)), AMBULANCE,
                        responsible ? WorkerName.of("Sam", "Patel") : null, responsible ? JobRoleCode.of("NR0050") : null,
                        responsible ? "Consultant" : null);
            }
            history.add(new AccessEvent(UUID.fromString("3F2A1B0C-0000-4000-8000-0000000000%02d".formatted(i)), child, at, at, author));
        }
        VisibleEntry entry = new VisibleEntry(EASTSHIRE, List.of(new Plan(PlanType.LAC, LocalDateTime.of(2020, 1, 15, 0, 0),
                LocalDateTime.of(2023, 12, 31, 18, 0), null)));
        return message("E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7", "2024-06-01T12:00:01Z", "200000000123",
                "B5C6D7E8-F9A0-4B1C-9D2E-3F4A5B6C7D8E",
                new QueryResult.Found(child, List.of(entry), history, Instant.parse("2024-06-01T12:00:00Z")));
    }

    private static QueryResponseMessage message(String messageId, String created, String receiverAsid, String payloadId,
                                                QueryResult.Found found) {
        return new QueryResponseMessage(TransmissionHeader.live(UUID.fromString(messageId), Instant.parse(created),
                QueryResponseMessage.INTERACTION, List.of(receiverAsid), CP_IS_ASID),
                new ControlAct(List.of(CP_IS_ASID), null), UUID.fromString(payloadId), found);
    }
}
