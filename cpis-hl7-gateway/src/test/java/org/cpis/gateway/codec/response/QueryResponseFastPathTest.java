package org.cpis.gateway.codec.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.query.QueryResult;
import org.cpis.core.query.VisibleEntry;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The fast Query Response encoder (XMLStreamWriter, unindented) against the reference (internal XML and
 * stylesheet): for random responses, with names holding characters XML must escape, both write the same
 * elements, attributes, namespaces and text in the same order (XMLUnit, identical, only the indentation
 * between elements ignored), bare and in Spine's wrapper; and both refuse the same entries.
 */
class QueryResponseFastPathTest {

    private static final String[] ODD_NAMES = {"O'Brien & Sons", "<Smith>", "\"Quoted\"", "Zoë Ærøskøbing",
        "Ünal 李 \uD83D\uDE00", "Mary  Ann", "tab\tin", "]]> end"};

    private final QueryResponseCodec fast = new QueryResponseCodec();
    private final QueryResponseCodec reference = QueryResponseCodec.withStylesheets();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CP-IS046, CP-IS051: a random response encodes the same, fast and reference, bare and wrapped")
    void sameWire(long seed) {
        QueryResponseMessage m = withOddNames(new FoundResultGenerator(seed).message(), new Random(seed));
        assertIdentical(reference.encode(m), fast.encode(m));
        assertIdentical(reference.encodeEnvelope(m), fast.encodeEnvelope(m));
    }

    @Test
    @DisplayName("The fast encoder writes no indentation: no text between elements")
    void unindented() {
        String wire = new String(fast.encode(GoldenResponses.history25()), StandardCharsets.UTF_8);
        assertThat(wire).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><REPC_IN000007GB01 ");
        assertThat(wire).doesNotContain(">\n").doesNotContain(">  <");
    }

    @Test
    @DisplayName("Both encoders refuse the same entries the core never stores, with the same words")
    void sameRefusals() {
        QueryResponseMessage m = GoldenResponses.severalLasMidwifeView();
        VisibleEntry la = m.result().entries().get(0);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        List<List<Plan>> refused = List.of(
                List.of(new Plan(PlanType.CPP, start, null, null), new Plan(PlanType.CPP, start, null, null)),
                List.of(new Plan(PlanType.LAC, null, null, null)),
                List.of(new Plan(PlanType.UCPP, start, null, null)));
        for (List<Plan> plans : refused) {
            QueryResponseMessage bad = withEntries(m, List.of(new VisibleEntry(la.localAuthority(), plans)));
            IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> fast.encode(bad));
            IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> reference.encode(bad));
            assertThat(f.getMessage()).isEqualTo(r.getMessage());
        }
    }

    @Test
    @DisplayName("A character XML 1.0 cannot carry is refused by the fast encoder; the reference writes a message no reader accepts")
    void unwritableCharacter() {
        QueryResponseMessage m = GoldenResponses.oneLaOnePlan();
        QueryResponseMessage bad = rename(m, n -> new WorkerName(n.prefix(), "Bell\u0007", n.family(), n.suffix()));
        assertThat(assertThrows(IllegalArgumentException.class, () -> fast.encode(bad))).hasMessageContaining("U+0007");
        // the one place the two differ: Saxon writes &#x7;, which XML 1.0 does not allow (docs/WIRE-FORMAT.md, Fast paths)
        assertThat(new WireReader().read(reference.encode(bad), "reference.xml", XmlLimits.MESSAGE).problems())
                .extracting(Problem::code).containsExactly("CPIS-C001");
    }

    private static void assertIdentical(byte[] expected, byte[] actual) {
        Diff d = DiffBuilder.compare(expected).withTest(actual).ignoreElementContentWhitespace().checkForIdentical().build();
        assertThat(d.hasDifferences()).as(d + "\n" + new String(actual, StandardCharsets.UTF_8)).isFalse();
    }

    /** The message with some of its people's and organisations' names replaced by names XML must escape. */
    private static QueryResponseMessage withOddNames(QueryResponseMessage m, Random random) {
        return rename(m, n -> random.nextInt(3) != 0 ? n
                : new WorkerName(random.nextBoolean() ? odd(random) : n.prefix(), odd(random), n.family(), n.suffix()));
    }

    private static String odd(Random random) {
        return ODD_NAMES[random.nextInt(ODD_NAMES.length)];
    }

    private static QueryResponseMessage rename(QueryResponseMessage m, Function<WorkerName, WorkerName> rename) {
        List<AccessEvent> history = new ArrayList<>();
        for (AccessEvent a : m.result().accessHistory()) {
            QueryAuthor author = a.author();
            if (author instanceof QueryAuthor.Person p) {
                author = new QueryAuthor.Person(p.sdsUserId(), p.sdsRoleProfileId(), p.role(), p.roleName(),
                        rename.apply(p.name()), new Organisation(p.organisation().code(), p.organisation().name() + " & Co"));
            } else if (author instanceof QueryAuthor.System s && s.responsiblePerson() != null) {
                author = new QueryAuthor.System(s.asid(), s.organisation(), rename.apply(s.responsiblePerson()),
                        s.responsibleRole(), s.responsibleRoleName());
            }
            history.add(new AccessEvent(a.queryId(), a.nhsNumber(), a.accessedAt(), a.queryTime(), author));
        }
        QueryResult.Found r = m.result();
        return new QueryResponseMessage(m.header(), m.controlAct(), m.payloadId(),
                new QueryResult.Found(r.nhsNumber(), r.entries(), history, r.respondedAt()));
    }

    private static QueryResponseMessage withEntries(QueryResponseMessage m, List<VisibleEntry> entries) {
        QueryResult.Found r = m.result();
        return new QueryResponseMessage(m.header(), m.controlAct(), m.payloadId(),
                new QueryResult.Found(r.nhsNumber(), entries, r.accessHistory(), r.respondedAt()));
    }
}
