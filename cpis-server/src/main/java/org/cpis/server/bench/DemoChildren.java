package org.cpis.server.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.LocalAuthority;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.model.TelephoneNumber;

/**
 * The demo children the self-contained benchmark queries: NHS numbers from 999 100 0000 upwards (the range
 * 999 000 0000 - 999 999 9999 is never issued to real people), each with a Child Protection Plan held by the
 * sample Local Authority, Exampleshire County Council (X09), as {@code docs/samples/la-upload.xml} has it.
 */
public final class DemoChildren {

    /** The largest number of demo children. */
    public static final int MAX = 1_000_000;

    static final LocalAuthority EXAMPLESHIRE = new LocalAuthority(OdsCode.of("X09"), "Exampleshire County Council",
            TelephoneNumber.of("01632960001"), TelephoneNumber.of("01632960002"));

    private static final long FIRST = 999_100_000L;

    private DemoChildren() {
    }

    /** The first {@code count} valid NHS numbers from 999 100 0000 (nine digits, then the Modulus 11 check digit). */
    public static List<NhsNumber> numbers(int count) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("the number of demo children must be 1 to " + MAX + ", got " + count);
        }
        List<NhsNumber> numbers = new ArrayList<>(count);
        for (long base = FIRST; numbers.size() < count; base++) {
            String text = Long.toString(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (text.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                numbers.add(NhsNumber.of(text + check));
            }
        }
        return numbers;
    }

    /** What Exampleshire holds for a demo child: a Child Protection Plan from 1 September 2025, open. */
    public static LocalAuthorityEntry entry(NhsNumber child, int position, Instant receivedAt) {
        return new LocalAuthorityEntry(child, EXAMPLESHIRE, "BENCH-" + position, SubjectKind.CHILD,
                LocalDate.of(2015, 5, 20), List.of(Plan.of(PlanType.CPP, LocalDate.of(2025, 9, 1), null, null)), "1",
                receivedAt);
    }
}
