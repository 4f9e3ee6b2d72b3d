package org.cpis.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.cpis.gateway.codec.query.NhsQueryCodec;
import org.cpis.gateway.codec.query.NhsQueryMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode-and-validate of an NHS Query (target: 150 microseconds median or less on a 2-core machine), by the fast
 * path and by the reference path (stylesheets), and its encoding. Sample time mode gives the median (p0.50)
 * directly. Run with the {@code benchmark} profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class NhsQueryBenchmark {

    private NhsQueryCodec codec;
    private NhsQueryCodec withStylesheets;
    private byte[] wire;
    private NhsQueryMessage message;

    @Setup
    public void setUp() {
        codec = new NhsQueryCodec();
        withStylesheets = NhsQueryCodec.withStylesheets();
        wire = resource("/golden/nhs-query/person-author.wire.xml");
        message = codec.decode(wire);
    }

    static byte[] resource(String name) {
        try (InputStream in = NhsQueryBenchmark.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fast path: validated events straight into fields (what the NHS Query endpoint uses). */
    @Benchmark
    public NhsQueryMessage decodeAndValidateQuery() {
        return codec.decode(wire);
    }

    /** The reference path: the same validation into a Saxon tree, then the decoding stylesheet. */
    @Benchmark
    public NhsQueryMessage decodeAndValidateQueryWithStylesheets() {
        return withStylesheets.decode(wire);
    }

    @Benchmark
    public byte[] encodeQuery() {
        return codec.encode(message);
    }
}
