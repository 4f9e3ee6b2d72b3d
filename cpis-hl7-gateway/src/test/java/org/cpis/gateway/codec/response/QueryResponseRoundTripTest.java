package org.cpis.gateway.codec.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Random query responses: domain -> wire (schema-valid) -> domain gives an equal message, bare and wrapped. */
class QueryResponseRoundTripTest {

    final QueryResponseCodec codec = codec();

    /** The codec under test: the fast path here, the stylesheet path in {@link QueryResponseRoundTripStylesheetTest}. */
    QueryResponseCodec codec() {
        return new QueryResponseCodec();
    }
    private final WireReader reader = new WireReader();

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("Round trip over random positive traces (1-3 LAs, 1-3 plans, 0-25 accesses)")
    void roundTrip(long seed) {
        QueryResponseMessage m = new FoundResultGenerator(seed).message();
        byte[] wire = codec.encode(m);
        assertThat(reader.read(wire, "seed-" + seed, XmlLimits.MESSAGE).problems())
                .as(new String(wire, StandardCharsets.UTF_8)).isEmpty();
        assertThat(codec.decode(wire)).isEqualTo(m);
        byte[] wrapped = codec.encodeEnvelope(m);
        assertThat(reader.read(wrapped, "seed-" + seed, XmlLimits.MESSAGE).problems()).isEmpty();
        assertThat(codec.decode(wrapped)).isEqualTo(m);
    }
}
