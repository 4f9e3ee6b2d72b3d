package org.cpis.gateway.codec.upload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.FileOutcomeRule;
import org.cpis.core.upload.FileProblem;
import org.cpis.core.upload.RecordDetail;
import org.cpis.core.upload.RecordResult;
import org.cpis.core.upload.UploadAcknowledgement;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;

/**
 * Seeded random LA uploads and acknowledgements in the form the wire keeps: whole-second times, minute-precision
 * plan dates, names and numbers without surrounding spaces, a child's birth date and names together. NHS
 * numbers come from the test range 999 000 0000 - 999 999 9999; some records carry a malformed one (the core,
 * not the codec, refuses those).
 */
final class UploadGenerator {

    private static final String[] GIVEN = {"Amelia", "Oliver", "Isla", "Noah", "Mary Ann", "Jack", "Zoe"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "O'Brien", "Brown-Wilson", "Khan", "Li"};
    private static final String[] LA = {"X09:WESTSHIRE COUNTY COUNCIL", "Y05:EASTHAM BOROUGH COUNCIL",
        "Z1A2:NORTH DALE COUNCIL"};

    private final Random random;

    UploadGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A valid NHS number from the test range, the same for the same {@code n}. */
    static String nhsNumber(int n) {
        for (int candidate = n; ; candidate += 1_000_003) {
            String base = "999" + String.format("%06d", Math.floorMod(candidate * 7919L, 1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (base.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return base + check;
            }
        }
    }

    UploadFile uploadFile() {
        List<UploadRecord> records = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int i = 1; i <= n; i++) {
            records.add(record(i));
        }
        int declared = random.nextInt(10) == 0 ? n + 1 : n;
        return new UploadFile(String.valueOf(1 + random.nextInt(99_999)), instant(), declared, localAuthority(),
                records, "sha256:test");
    }

    UploadAcknowledgement acknowledgement() {
        UploadedLocalAuthority la = localAuthority();
        if (random.nextInt(5) == 0) {
            FileProblem problem = FileProblem.values()[random.nextInt(FileProblem.values().length)];
            String id = problem == FileProblem.SEQUENCE_ID_MISSING ? UploadAcknowledgement.UNKNOWN_SEQUENCE_ID
                    : String.valueOf(1 + random.nextInt(999));
            return new UploadAcknowledgement(id, la, instant(), problem.outcome(), problem, -1, List.of());
        }
        List<RecordResult> results = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        for (int i = 1; i <= n; i++) {
            results.add(result(record(i)));
        }
        return new UploadAcknowledgement(String.valueOf(1 + random.nextInt(999)), la, instant(),
                new FileOutcomeRule().outcomeOf(results), null, n, results);
    }

    private RecordResult result(UploadRecord record) {
        if (random.nextBoolean()) {
            return RecordResult.success(record);
        }
        RecordDetail detail = RecordDetail.values()[random.nextInt(RecordDetail.values().length)];
        if (detail == RecordDetail.START_DATE_MISSING && random.nextBoolean()) {
            // a refused record the acknowledgement cannot return: its only plan has no start date
            record = new UploadRecord(record.position(), record.subjectKind(), record.nhsNumber(), record.localId(),
                    record.name(), record.birthDate(), List.of(new Plan(PlanType.CPP, null, null, null)));
        }
        return RecordResult.failure(record, detail);
    }

    UploadRecord record(int position) {
        boolean unborn = random.nextInt(4) == 0;
        String nhs = switch (random.nextInt(10)) {
            case 0 -> "123456789";
            case 1 -> "9990000019";
            default -> nhsNumber(random.nextInt(1_000_000));
        };
        String localId = random.nextBoolean() ? "L" + random.nextInt(100_000) : null;
        PersonName name = random.nextInt(5) == 0 ? new PersonName(null, null)
                : new PersonName(pick(GIVEN), pick(FAMILY));
        LocalDate birth = LocalDate.of(1990 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (!unborn && !name.hasGiven()) {
            birth = null;
        } else if (unborn && random.nextInt(5) == 0) {
            birth = null;
        }
        return new UploadRecord(position, unborn ? SubjectKind.UNBORN_CHILD : SubjectKind.CHILD, nhs, localId, name,
                birth, plans(unborn));
    }

    private List<Plan> plans(boolean unborn) {
        EnumSet<PlanType> types = EnumSet.noneOf(PlanType.class);
        types.add(unborn ? PlanType.UCPP : random.nextBoolean() ? PlanType.CPP : PlanType.LAC);
        for (PlanType t : PlanType.values()) {
            if (random.nextInt(4) == 0) {
                types.add(t);
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (PlanType t : types) {
            LocalDateTime start = minute();
            LocalDateTime end = t == PlanType.UCPP || random.nextBoolean() ? start.plusDays(random.nextInt(900)) : null;
            LocalDateTime delete = random.nextInt(4) == 0 ? minute() : null;
            plans.add(new Plan(t, start, end, delete));
        }
        return plans;
    }

    private UploadedLocalAuthority localAuthority() {
        String[] la = pick(LA).split(":");
        String office = random.nextBoolean() ? "0" + (1_000_000_000L + random.nextInt(900_000_000)) : null;
        return new UploadedLocalAuthority(la[0], la[1], "+44" + (1_000_000_000L + random.nextInt(900_000_000)), office);
    }

    private LocalDateTime minute() {
        return LocalDateTime.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60));
    }

    private Instant instant() {
        return Instant.ofEpochSecond(1_600_000_000L + random.nextInt(300_000_000));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
