package org.cpis.gateway.codec.response;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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

/**
 * Random query responses from a seed, within what the wire carries: whole-second instants, plan dates to the
 * minute, an access's query time equal to its access time, accesses newest first and before the response,
 * 1-3 Local Authorities with 1-3 plans of distinct types each, 0-25 previous accesses by smartcard users or
 * systems, names with and without prefix and suffix.
 */
final class FoundResultGenerator {

    private static final String[] GIVEN = {"Jane", "Sam", "Mo Jo", "Aisha", "Tomasz", "Li", "Mary Ann"};
    private static final String[] FAMILY = {"Doe", "Patel", "O'Neill", "Smith-Jones", "de Souza", "Nowak"};
    private static final String[] PREFIX = {"Dr", "Mrs", "Mr", "Ms"};
    private static final String[] SUFFIX = {"RN", "MBE", "Jr"};
    private static final String[] ROLES = {"S0010:G0020:R0050", "R0680", "S0030:G0100:R0680", "NR0050", "R8000"};
    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private final Random rnd;

    FoundResultGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    QueryResponseMessage message() {
        List<String> asids = rnd.nextBoolean() ? List.of(asid()) : List.of(asid(), asid());
        ControlAct.SdsPerson person = rnd.nextInt(3) == 0 ? new ControlAct.SdsPerson(digits(12), digits(12), pick(ROLES)) : null;
        return new QueryResponseMessage(
                TransmissionHeader.live(uuid(), instant(), QueryResponseMessage.INTERACTION, List.of(asid()), asids.get(0)),
                new ControlAct(asids, person), uuid(), found());
    }

    QueryResult.Found found() {
        NhsNumber child = nhsNumber();
        List<VisibleEntry> entries = new ArrayList<>();
        for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
            entries.add(entry());
        }
        Instant respondedAt = instant();
        List<AccessEvent> history = new ArrayList<>();
        Instant at = respondedAt;
        for (int i = rnd.nextInt(26); i > 0; i--) {
            at = at.minusSeconds(rnd.nextInt(200_000));
            history.add(new AccessEvent(uuid(), child, at, at, author()));
        }
        return new QueryResult.Found(child, entries, history, respondedAt);
    }

    private VisibleEntry entry() {
        LocalAuthority la = new LocalAuthority(OdsCode.of(upper(1) + digits(2)), "LA " + upper(6) + " COUNCIL",
                TelephoneNumber.of(phone()), rnd.nextBoolean() ? TelephoneNumber.of(phone()) : null);
        List<PlanType> types = new ArrayList<>(EnumSet.allOf(PlanType.class));
        java.util.Collections.shuffle(types, rnd);
        List<Plan> plans = new ArrayList<>();
        for (PlanType type : types.subList(0, 1 + rnd.nextInt(3))) {
            LocalDateTime start = LocalDateTime.of(2005 + rnd.nextInt(25), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
                    rnd.nextInt(24), rnd.nextInt(60));
            boolean ended = type == PlanType.UCPP || rnd.nextBoolean();
            plans.add(new Plan(type, start, ended ? start.plusDays(rnd.nextInt(900)).plusMinutes(rnd.nextInt(60)) : null, null));
        }
        return new VisibleEntry(la, plans);
    }

    private QueryAuthor author() {
        Organisation org = new Organisation(OdsCode.of("R" + upper(1) + digits(1)), "TRUST " + upper(5));
        if (rnd.nextBoolean()) {
            return new QueryAuthor.Person(digits(12), rnd.nextBoolean() ? digits(12) : null, JobRoleCode.of(pick(ROLES)),
                    "Role " + upper(4), name(), org);
        }
        boolean responsible = rnd.nextBoolean();
        return new QueryAuthor.System(Asid.of(asid()), org, responsible ? name() : null,
                responsible ? JobRoleCode.of(pick(ROLES)) : null, responsible ? "Role " + upper(4) : null);
    }

    private WorkerName name() {
        return new WorkerName(rnd.nextBoolean() ? pick(PREFIX) : null, pick(GIVEN), pick(FAMILY),
                rnd.nextBoolean() ? pick(SUFFIX) : null);
    }

    /** A test-range NHS number (999 000 0000 - 999 999 9999) with a valid Modulus 11 check digit. */
    NhsNumber nhsNumber() {
        while (true) {
            String candidate = "999" + digits(6);
            for (int check = 0; check <= 9; check++) {
                if (NhsNumber.isValid(candidate + check)) {
                    return NhsNumber.of(candidate + check);
                }
            }
        }
    }

    private Instant instant() {
        return EPOCH.plusSeconds(rnd.nextInt(400_000_000));
    }

    private UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }

    private String asid() {
        return digits(12);
    }

    private String phone() {
        return (rnd.nextBoolean() ? "+44" : "0") + digits(10);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        return s.toString();
    }

    private String upper(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + rnd.nextInt(26)));
        }
        return s.toString();
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
