package org.cpis.gateway.codec.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.cpis.gateway.codec.DecodeOutcome;
import org.cpis.gateway.codec.GoldenFiles;
import org.cpis.gateway.codec.WireVariants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast NHS Query decoder (validated events straight into fields) against the reference (Saxon tree and
 * stylesheet): for random queries, written in the forms a sender may use, both give the same message; for
 * queries that break a schema or message rule, both give the same problems, with the same codes, lines,
 * columns and paths.
 */
class NhsQueryFastPathTest {

    private static final int SEEDS = 400;

    private final NhsQueryCodec fast = new NhsQueryCodec();
    private final NhsQueryCodec reference = NhsQueryCodec.withStylesheets();

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CP-NHS003: a random query in any form a sender may use decodes the same, fast and reference")
    void sameMessage(long seed) {
        NhsQueryMessage m = new NhsQueryGenerator(seed).message();
        WireVariants v = new WireVariants(new Random(seed));
        String wire = v.sameMeaning(text(reference.encode(m)));
        wire = lenient(wire, v, new Random(seed * 31 + 7));
        DecodeOutcome f = decode(fast, wire);
        assertThat(f).as("seed %d %s%n%s", seed, v.applied(), wire).isEqualTo(decode(reference, wire));
        assertThat(f.decoded()).as("seed %d %s: %s%n%s", seed, v.applied(), f, wire).isTrue();
        if (v.applied().stream().noneMatch(a -> a.startsWith("times") || a.startsWith("name part"))) {
            assertThat(f.value()).as("seed %d %s", seed, v.applied()).isEqualTo(m);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CP-NHS001, CP-IS023: a query breaking a schema or message rule gets the same problems, fast and reference")
    void sameProblems(long seed) {
        Random random = new Random(seed);
        WireVariants v = new WireVariants(random);
        String wire = text(reference.encode(new NhsQueryGenerator(seed).message()));
        if (random.nextBoolean()) {
            wire = v.sameMeaning(wire);
        }
        wire = random.nextInt(3) == 0 ? v.xmlFault(wire) : ruleFault(wire, v, random);
        DecodeOutcome f = decode(fast, wire);
        assertThat(f).as("seed %d %s%n%s", seed, v.applied(), wire).isEqualTo(decode(reference, wire));
        assertThat(f.decoded()).as("seed %d %s", seed, v.applied()).isFalse();
    }

    /** Forms the schema and the rules allow: other time precisions, more name parts, an explicit recorded read. */
    private static String lenient(String wire, WireVariants v, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                String[] forms = {"$1", "$1$2", "$1$2.125+0000", "$1$2-0130", "$1$2.5"};
                String form = forms[random.nextInt(forms.length)];
                yield v.note("times", wire.replaceAll("(value=['\"]\\d{12})(\\d{2})\\+0000", form));
            }
            case 1 -> {
                String[][] parts = {{"prefix", "Prof"}, {"given", "Extra"}, {"suffix", "PhD"}, {"family", "Second"},
                    {"given", "Mo \t Jo"}};
                String[] part = parts[random.nextInt(parts.length)];
                String p = wire.contains("xmlns:hl7=") ? "hl7:" : "";
                String element = "<" + p + part[0] + ">" + part[1] + "</" + p + part[0] + ">";
                yield v.note("name part " + part[0], wire.replaceFirst(
                        "(<(hl7:)?name>)(?=\\s*<(hl7:)?(prefix|given|family|suffix)>)", "$1" + element));
            }
            case 2 -> wire.contains("accessEventType") ? wire
                    : v.note("accessEventType true", wire.replaceFirst("(</(hl7:)?cP-ISNHSQuery>)",
                            "<$2accessEventType value=\"true\"/>$1"));
            default -> wire;
        };
    }

    /** One thing a schema-valid query may still get wrong (one that applies to this query), or another message. */
    private static String ruleFault(String wire, WireVariants v, Random random) {
        while (true) {
            String faulty = switch (random.nextInt(7)) {
                case 0 -> v.note("check digit", checkDigit(wire));
                case 1 -> v.note("contentId swapped", wire.contains("#AssignedAuthor")
                        ? wire.replace("COCT_TP145102GB01#AssignedAuthor", "COCT_TP145104GB01#System")
                        : wire.replace("COCT_TP145104GB01#System", "COCT_TP145102GB01#AssignedAuthor"));
                case 2 -> v.note("code system", wire.replace("2.16.840.1.113883.2.1.3.2.4.17.196",
                        "2.16.840.1.113883.2.1.3.2.4.17.197"));
                case 3 -> v.note("30 February", wire.replaceFirst("(effectiveTime value=['\"]\\d{4})\\d{4}", "$10230"));
                case 4 -> v.note("no user id", wire.replaceFirst(
                        "<(hl7:)?id root=['\"]1\\.2\\.826\\.0\\.1285\\.0\\.2\\.0\\.65['\"] extension=['\"]\\d+['\"]/>",
                        "<$1id nullFlavor=\"NI\"/>"));
                case 5 -> v.note("another message", GoldenFiles.text("query-response/one-la-one-plan.wire.xml"));
                default -> v.note("13th month", wire.replaceFirst("(creationTime value=['\"]\\d{4})\\d{2}", "$113"));
            };
            if (!faulty.equals(wire)) {
                return faulty;
            }
            v.applied().remove(v.applied().size() - 1); // did not apply to this query: another
        }
    }

    /** The queried NHS number with another check digit: Modulus 11 allows one, so any other is wrong. */
    private static String checkDigit(String wire) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(<(?:hl7:)?value extension=['\"]\\d{9})(\\d)").matcher(wire);
        if (!m.find()) {
            return wire;
        }
        int digit = (m.group(2).charAt(0) - '0' + 1) % 10;
        return wire.substring(0, m.start()) + m.group(1) + digit + wire.substring(m.end());
    }

    private static DecodeOutcome decode(NhsQueryCodec codec, String wire) {
        byte[] bytes = wire.getBytes(StandardCharsets.UTF_8);
        return DecodeOutcome.of(() -> codec.decode(bytes));
    }

    private static String text(byte[] wire) {
        return new String(wire, StandardCharsets.UTF_8);
    }
}
