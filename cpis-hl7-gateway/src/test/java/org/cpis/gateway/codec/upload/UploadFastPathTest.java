package org.cpis.gateway.codec.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.cpis.core.upload.UploadFile;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.WireVariants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast upload decoder (each part's validated events straight into fields) against the reference (a Saxon tree
 * and the stylesheet per part): for random uploads in the forms an LA system may write them, both give the same
 * header and records; for uploads with faulty records or headers, both give the same records, the same problems
 * (codes, lines, columns, paths), the same record as read for the core, and the same file-level refusals.
 */
class UploadFastPathTest {

    private static final String NHS_ROOT = "2.16.840.1.113883.2.1.4.1";

    private final UploadDecoder fast = new UploadDecoder();
    private final UploadDecoder reference = UploadDecoder.withStylesheets();
    private final UploadEncoder encoder = new UploadEncoder();

    /** All an upload decoder said about a file. */
    record Outcome(UploadHeader header, List<DecodedRecord> records, Problem countProblem, List<Problem> refusal,
                   String refusedSequenceId, String failure) {
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CP-IS001: a random upload in any form an LA system may write decodes to the same records, fast and reference")
    void sameRecords(long seed) {
        UploadFile file = new UploadGenerator(seed).uploadFile();
        WireVariants v = new WireVariants(new Random(seed));
        String wire = v.sameMeaning(new String(encoder.encode(file), StandardCharsets.UTF_8));
        Outcome f = read(fast, wire);
        assertThat(f).as("seed %d %s%n%s", seed, v.applied(), wire).isEqualTo(read(reference, wire));
        assertThat(f.records()).as("seed %d %s", seed, v.applied()).allMatch(r -> r instanceof GoodRecord);
        assertThat(f.records().stream().map(r -> ((GoodRecord) r).record()).toList())
                .as("seed %d %s", seed, v.applied()).isEqualTo(file.records());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CP-IS002: faulty records and headers get the same problems and the same records as read, fast and reference")
    void sameProblems(long seed) {
        Random random = new Random(seed);
        WireVariants v = new WireVariants(random);
        String wire = new String(encoder.encode(new UploadGenerator(seed).uploadFile()), StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            wire = v.sameMeaning(wire);
        }
        int faults = 1 + random.nextInt(3);
        for (int i = 0; i < faults; i++) {
            wire = random.nextInt(5) == 0 ? v.xmlFault(wire) : fault(wire, v, random);
        }
        Outcome f = read(fast, wire);
        assertThat(f).as("seed %d %s%n%s", seed, v.applied(), wire).isEqualTo(read(reference, wire));
    }

    /** One fault in a record chosen at random, or in the header. */
    private static String fault(String wire, WireVariants v, Random random) {
        int records = Math.max(1, WireVariants.count(wire, "CP-ISRecord>") / 2);
        int k = random.nextInt(records);
        String p = wire.contains("xmlns:hl7=") ? "hl7:" : "";
        return switch (random.nextInt(16)) {
            case 0 -> v.note("element the schema does not allow, record " + (k + 1),
                    nth(wire, "<" + p + "CP-ISRecord>", k, m -> m.group() + "<" + p + "code code=\"01\"/>"));
            case 1 -> v.note("unreal plan date", nthMatch(wire, "(value=['\"]\\d{4})\\d{4}(\\d{4}['\"])", random,
                    m -> m.group(1) + (random.nextBoolean() ? "0230" : "1301") + m.group(2)));
            case 2 -> v.note("unreal birth date", nthMatch(wire, "(birthTime value=['\"]\\d{4})\\d{4}", random,
                    m -> m.group(1) + "0431"));
            case 3 -> v.note("contentId of another plan", nthMatch(wire, "#(CPP|LAC|UCP)Information", random,
                    m -> "#" + (m.group(1).equals("LAC") ? "CPP" : "LAC") + "Information"));
            case 4 -> v.note("contentId of another subject", nthMatch(wire, "#(Child|UnbornChild)(['\"])", random,
                    m -> (m.group(1).equals("Child") ? "#UnbornChild" : "#Child") + m.group(2)));
            case 5 -> v.note("second subject, record " + (k + 1), nth(wire, "</" + p + "CP-ISRecord>", k,
                    m -> "<" + p + "subject><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" "
                            + "extension=\"COCT_TP145101GB01#Child\"/><" + p + "COCT_TP145101GB01.Child><" + p + "id root=\""
                            + NHS_ROOT + "\" extension=\"9990000069\"/></" + p + "COCT_TP145101GB01.Child></" + p + "subject>"
                            + m.group()));
            case 6 -> v.note("second NHS number", nthMatch(wire, "<(hl7:)?id root=['\"]" + Pattern.quote(NHS_ROOT)
                    + "['\"] extension=['\"][^'\"]*['\"]/>", random, m -> m.group() + m.group()));
            case 7 -> v.note("no childPerson", wire.replaceFirst("(?s)<(hl7:)?childPerson>.*?</(hl7:)?childPerson>", ""));
            case 8 -> v.note("template of another name", nthMatch(wire, "(</?(?:hl7:)?COCT_TP14610[0-2]GB01\\.)(\\w+)Information>",
                    random, m -> m.group(1) + "Other" + m.group(2) + ">"));
            case 9 -> v.note("empty given", nthMatch(wire, "<(hl7:)?given>[^<]*</(hl7:)?given>", random,
                    m -> "<" + nz(m.group(1)) + "given/>"));
            case 10 -> v.note("padded family", nthMatch(wire, "(<(?:hl7:)?family>)([^<]*)(</)", random,
                    m -> m.group(1) + " " + m.group(2) + "  " + m.group(3)));
            case 11 -> v.note("no transmissionQuantity", wire.replaceFirst("<(hl7:)?transmissionQuantity [^>]*/>", ""));
            case 12 -> v.note("unreal creation time", wire.replaceFirst("(creationTime value=['\"]\\d{4})\\d{4}", "$10230"));
            case 13 -> v.note("telecom without tel:", wire.replaceFirst("value=(['\"])tel:", "value=$1"));
            case 14 -> v.note("two LA names", wire.replaceFirst("(<(hl7:)?name>[^<]*</(hl7:)?name>)", "$1$1"));
            default -> v.note("element after the records", wire.replaceFirst("</(hl7:)?File>",
                    "<" + p + "transmissionQuantity value=\"5\"/></$1File>"));
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Rewrites the k-th occurrence of a plain string. */
    private static String nth(String wire, String plain, int k, java.util.function.Function<Matcher, String> rewrite) {
        Matcher m = Pattern.compile(Pattern.quote(plain)).matcher(wire);
        for (int i = 0; i <= k; i++) {
            if (!m.find()) {
                return wire;
            }
        }
        return wire.substring(0, m.start()) + rewrite.apply(m) + wire.substring(m.end());
    }

    /** Rewrites one match, chosen at random, of a pattern. */
    private static String nthMatch(String wire, String regex, Random random, java.util.function.Function<Matcher, String> rewrite) {
        Matcher m = Pattern.compile(regex).matcher(wire);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.isEmpty()) {
            return wire;
        }
        m.find(starts.get(random.nextInt(starts.size())));
        return wire.substring(0, m.start()) + rewrite.apply(m) + wire.substring(m.end());
    }

    private static Outcome read(UploadDecoder decoder, String wire) {
        UploadHeader header = null;
        List<DecodedRecord> records = new ArrayList<>();
        Problem count = null;
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)))) {
            header = reader.header();
            for (DecodedRecord r : reader) {
                records.add(r);
            }
            count = reader.recordCountProblem().orElse(null);
        } catch (UnreadableUploadException e) {
            return new Outcome(header, records, null, e.problems(), e.sequenceId().orElse(null), null);
        } catch (RuntimeException e) {
            return new Outcome(header, records, null, List.of(), null, e.getClass().getName() + ": " + e.getMessage());
        }
        return new Outcome(header, records, count, List.of(), null, null);
    }
}
