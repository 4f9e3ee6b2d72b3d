package org.cpis.sft.la.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpis.core.upload.UploadRecord;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.GoodRecord;
import org.cpis.gateway.codec.upload.RecordProblem;
import org.cpis.gateway.codec.upload.UnreadableUploadException;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.gateway.codec.validate.MessageValidator;
import org.cpis.gateway.codec.validate.StandardRules;
import org.cpis.gateway.codec.validate.ValidationReport;
import org.cpis.sft.la.LaCode;

/**
 * {@code cpis la check}: checks an upload file as CP-IS will, before it is sent (CP-SC011): the CP-IS schema and
 * message rules ({@link StandardRules}, which include the core's own record checks), then the LA system's local
 * checks ({@link LocalChecks}), and reports each problem once, in the words of {@link CheckMessages}, naming the
 * child's local id. Thread-safe.
 */
public final class UploadChecker {

    private static final Pattern RECORD = Pattern.compile("^/(?:\\w+:)?File/(?:\\w+:)?record(?:\\[(\\d+)])?(?:/.*)?$");

    private final MessageValidator validator = StandardRules.validator();
    private final UploadDecoder decoder = new UploadDecoder();
    private final LocalChecks localChecks = new LocalChecks();

    public FileCheck check(Path file) {
        String name = file.getFileName().toString();
        Map<Integer, UploadRecord> records = new HashMap<>();
        Set<Key> seen = new LinkedHashSet<>();
        List<CheckFinding> findings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); UploadReader reader = decoder.open(in)) {
            for (String problem : localChecks.checkLocalAuthority(reader.header().sender())) {
                add(findings, seen, new CheckFinding(0, null, LaCode.LA_DETAILS, "File " + name + ": " + problem));
            }
            for (DecodedRecord decoded : reader) {
                UploadRecord r = decoded instanceof GoodRecord good ? good.record() : ((RecordProblem) decoded).asRead();
                int position = decoded instanceof GoodRecord good ? good.position() : ((RecordProblem) decoded).position();
                records.put(position, r);
                for (LaCode code : localChecks.check(r)) {
                    add(findings, seen, new CheckFinding(position, r.localId(), code,
                            CheckMessages.describe(code, r, r.localId())));
                }
            }
        } catch (UnreadableUploadException e) {
            for (Problem p : e.problems()) {
                add(findings, seen, new CheckFinding(0, null, LaCode.MESSAGE_RULES, "File " + name
                        + " is not a readable CP-IS upload: " + p.code() + " " + p.message() + where(p)));
            }
            return new FileCheck(name, findings);
        } catch (IOException e) {
            add(findings, seen, new CheckFinding(0, null, LaCode.MESSAGE_RULES, "File " + name + " cannot be read: "
                    + e.getMessage()));
            return new FileCheck(name, findings);
        }
        ValidationReport report = validator.validate(file);
        for (Problem p : report.problems()) {
            int position = position(p);
            UploadRecord r = records.get(position);
            LaCode mapped = fromDetailCode(p.code());
            CheckFinding finding;
            if (mapped == LaCode.LA_DETAILS) {
                finding = new CheckFinding(0, null, mapped, "File " + name + ": " + p.message());
            } else if (mapped != null && r != null) {
                finding = new CheckFinding(position, r.localId(), mapped, CheckMessages.describe(mapped, r, r.localId()));
            } else {
                String child = r == null ? "" : " (" + childOf(r) + ")";
                finding = new CheckFinding(position, r == null ? null : r.localId(), LaCode.MESSAGE_RULES,
                        (position == 0 ? "File " + name : "Record " + position + child + " of " + name) + " breaks the"
                                + " CP-IS message rules: " + p.code() + " " + p.message() + where(p)
                                + ". Build the file again with 'cpis la build'; a file edited by hand is refused");
            }
            add(findings, seen, finding);
        }
        return new FileCheck(name, findings);
    }

    private static String childOf(UploadRecord r) {
        String kind = r.subjectKind() == org.cpis.core.model.SubjectKind.UNBORN_CHILD ? "unborn child " : "child ";
        return kind + (r.localId() == null ? "without local id" : r.localId());
    }

    private static String where(Problem p) {
        return p.path().isEmpty() ? "" : " (at " + p.path() + ")";
    }

    /** One finding per record and code: the validator and the local checks often see the same fault. */
    private static void add(List<CheckFinding> findings, Set<Key> seen, CheckFinding f) {
        if (seen.add(new Key(f.position(), f.code(), f.code() == LaCode.MESSAGE_RULES ? f.message() : ""))) {
            findings.add(f);
        }
    }

    private record Key(int position, LaCode code, String text) {
    }

    private static int position(Problem p) {
        Matcher m = RECORD.matcher(p.path());
        if (!m.matches()) {
            return 0;
        }
        return m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
    }

    /** The local check for one of the core's record detail codes (CPRDnn), or {@code null}. */
    static LaCode fromDetailCode(String code) {
        return switch (code) {
            case "CPRD01" -> LaCode.NHS_NUMBER_MISSING;
            case "CPRD02", "CPRD03" -> LaCode.NHS_NUMBER_INVALID;
            case "CPRD04", "CPRD05", "CPRD06", "CPRD07", "CPRD08" -> LaCode.LA_DETAILS;
            case "CPRD09" -> LaCode.NO_PLAN;
            case "CPRD10" -> LaCode.START_DATE_MISSING;
            case "CPRD11" -> LaCode.START_AFTER_END;
            case "CPRD13" -> LaCode.DUE_DATE_MISSING;
            case "CPRD14", "CPRD15" -> LaCode.UNBORN_WITH_OTHER_PLAN;
            case "CPRD16" -> LaCode.GIVEN_NAME_MISSING;
            case "CPRD17" -> LaCode.FAMILY_NAME_MISSING;
            case "CPRD18" -> LaCode.BIRTH_DATE_MISSING;
            default -> null;
        };
    }
}
