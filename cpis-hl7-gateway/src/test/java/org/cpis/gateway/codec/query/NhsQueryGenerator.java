package org.cpis.gateway.codec.query;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.TransmissionHeader;

/**
 * Random NHS Queries from a seed, within what the wire carries: whole-second times, upper-case ids, one or two
 * author systems, a smartcard user in the control act or none, a person author (with or without role profile id,
 * names with and without prefix, several given names, suffix) or a system author (with or without a responsible
 * person), a recorded or a silent read. NHS numbers come from the test range 999 000 0000 - 999 999 9999.
 */
final class NhsQueryGenerator {

    private static final String[] GIVEN = {"Jane", "Sam", "Mo Jo", "Aisha", "Tomasz", "Li", "Mary Ann"};
    private static final String[] FAMILY = {"Doe", "Patel", "O'Neill", "Smith-Jones", "de Souza", "Nowak"};
    private static final String[] PREFIX = {"Dr", "Mrs", "Mr", "Ms"};
    private static final String[] SUFFIX = {"RN", "MBE", "Jr"};
    private static final String[] ROLES = {"S0010:G0020:R0050", "R0680", "S0030:G0100:R0680", "R8000"};
    private static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    private final Random rnd;

    NhsQueryGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    NhsQueryMessage message() {
        String sender = digits(12);
        List<String> asids = rnd.nextBoolean() ? List.of(sender) : List.of(sender, digits(12));
        ControlAct.SdsPerson person = rnd.nextInt(3) == 0
                ? new ControlAct.SdsPerson(digits(12), digits(12), pick(ROLES)) : null;
        Instant created = EPOCH.plusSeconds(rnd.nextInt(400_000_000));
        return new NhsQueryMessage(
                TransmissionHeader.live(uuid(), created, NhsQueryMessage.INTERACTION, List.of(digits(12)), sender),
                new ControlAct(asids, person),
                new NhsQuery(uuid(), nhsNumber(), created.minusSeconds(rnd.nextInt(60)), author(), rnd.nextInt(4) != 0));
    }

    private QueryAuthor author() {
        Organisation org = new Organisation(OdsCode.of("R" + upper(1) + digits(1)), "TRUST " + upper(5));
        if (rnd.nextBoolean()) {
            return new QueryAuthor.Person(digits(12), rnd.nextBoolean() ? digits(12) : null, JobRoleCode.of(pick(ROLES)),
                    "Role " + upper(4), name(), org);
        }
        boolean responsible = rnd.nextBoolean();
        return new QueryAuthor.System(Asid.of(digits(12)), org, responsible ? name() : null,
                responsible ? JobRoleCode.of("NR0050") : null, responsible ? "Role " + upper(4) : null);
    }

    private WorkerName name() {
        return new WorkerName(rnd.nextBoolean() ? pick(PREFIX) : null, pick(GIVEN), pick(FAMILY),
                rnd.nextBoolean() ? pick(SUFFIX) : null);
    }

    private NhsNumber nhsNumber() {
        while (true) {
            String candidate = "999" + digits(6);
            for (int check = 0; check <= 9; check++) {
                if (NhsNumber.isValid(candidate + check)) {
                    return NhsNumber.of(candidate + check);
                }
            }
        }
    }

    private UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
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
