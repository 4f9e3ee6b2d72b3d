package org.cpis.gateway.codec.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.notification.AccessToServiceNotification;
import org.cpis.core.notification.ChildAccesses;
import org.cpis.core.notification.InactiveNhsNumberNotification;
import org.cpis.core.notification.InactiveSubject;

/**
 * Random notifications from a seed, in the form the wire carries: whole-second times, no notification window,
 * each access's {@code accessedAt} equal to its {@code queryTime} and its NHS number the child's, names in
 * single-spaced words, a role name wherever the wire needs a displayName. NHS numbers are from the test range
 * 999 000 0000 - 999 999 9999.
 */
final class NotificationGenerator {

    private static final String[] WORDS = {"NORTH", "SOUTH", "EXAMPLE", "COUNTY", "CITY", "COUNCIL", "NHS", "TRUST",
        "HEALTH", "CARE", "ST MARY'S", "O'NEIL", "SMITH-JONES", "&", "Zoë"};
    private static final String[] ROLES = {"S0010:G0020:R0050", "R0680", "S8000:G8000:R8000", "NR0050", "R8003"};

    private final Random random;

    NotificationGenerator(long seed) {
        this.random = new Random(seed);
    }

    AccessToServiceNotification accessToService() {
        List<ChildAccesses> children = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            NhsNumber nhs = nhsNumber();
            List<AccessEvent> accesses = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int j = 0; j < n; j++) {
                Instant t = instant();
                accesses.add(new AccessEvent(uuid(), nhs, t, t, author()));
            }
            accesses.sort(Comparator.comparing(AccessEvent::accessedAt).reversed());
            children.add(new ChildAccesses(nhs, maybe(this::localId), fileId(), accesses));
        }
        return new AccessToServiceNotification(uuid(), instant(), organisation(), null, null, children);
    }

    InactiveNhsNumberNotification inactiveNhsNumbers() {
        List<InactiveSubject> subjects = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            subjects.add(new InactiveSubject(nhsNumber(), maybe(this::localId), maybe(this::nhsNumber), fileId()));
        }
        return new InactiveNhsNumberNotification(uuid(), instant(), organisation(), subjects);
    }

    private QueryAuthor author() {
        if (random.nextBoolean()) {
            return new QueryAuthor.Person(digits(12), maybe(() -> digits(12)), JobRoleCode.of(pick(ROLES)), words(3),
                    workerName(), organisation());
        }
        WorkerName responsible = maybe(this::workerName);
        return new QueryAuthor.System(Asid.of(digits(12)), organisation(), responsible,
                responsible == null ? null : JobRoleCode.of(pick(ROLES)), responsible == null ? null : words(2));
    }

    /** Any mix of name parts, at least one. */
    private WorkerName workerName() {
        String prefix = maybe(() -> pick(new String[] {"Dr", "Mr", "Ms", "Prof"}));
        String given = maybe(() -> words(2));
        String suffix = maybe(() -> pick(new String[] {"RN", "RM", "MBE"}));
        String family = prefix == null && given == null && suffix == null ? words(1) : maybe(() -> words(1));
        return new WorkerName(prefix, given, family, suffix);
    }

    private Organisation organisation() {
        String code = (char) ('A' + random.nextInt(26)) + digits(2) + (random.nextBoolean() ? "" : digits(2));
        return new Organisation(OdsCode.of(code), words(4));
    }

    private NhsNumber nhsNumber() {
        while (true) {
            String nine = "999" + digits(6);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return NhsNumber.of(nine + check);
            }
        }
    }

    private String localId() {
        return pick(new String[] {"CH-", "LA/", ""}) + digits(1 + random.nextInt(8));
    }

    private String fileId() {
        return Integer.toString(1 + random.nextInt(99_999));
    }

    /** A whole-second instant between 2020 and 2030. */
    private Instant instant() {
        return Instant.ofEpochSecond(1_577_836_800L + (long) (random.nextDouble() * 315_360_000L));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private String words(int max) {
        List<String> w = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            w.add(pick(WORDS));
        }
        return String.join(" ", w);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
