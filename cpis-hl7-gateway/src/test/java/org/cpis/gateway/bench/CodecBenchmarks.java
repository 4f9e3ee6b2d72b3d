package org.cpis.gateway.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.cpis.gateway.codec.response.QueryResponseCodec;
import org.cpis.gateway.codec.response.QueryResponseMessage;
import org.cpis.gateway.codec.upload.DecodedRecord;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Encoding a Query Response (target: 150 microseconds median or less) and decoding LA uploads (target: 50,000
 * records a second or more). Run with the {@code benchmark} profile; see the README's benchmark section.
 */
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmarks {

    /** Records in the upload decoded per benchmark operation. */
    static final int UPLOAD_RECORDS = 5_000;

    @State(Scope.Benchmark)
    public static class Response {
        QueryResponseCodec codec;
        QueryResponseCodec withStylesheets;
        QueryResponseMessage message;

        @Setup(Level.Trial)
        public void setUp() {
            codec = new QueryResponseCodec();
            withStylesheets = QueryResponseCodec.withStylesheets();
            message = codec.decode(NhsQueryBenchmark.resource("/golden/query-response/several-las-midwife.wire.xml"));
        }
    }

    @State(Scope.Benchmark)
    public static class Upload {
        UploadDecoder decoder;
        UploadDecoder withStylesheets;
        byte[] file;

        @Setup(Level.Trial)
        public void setUp() {
            decoder = new UploadDecoder();
            withStylesheets = UploadDecoder.withStylesheets();
            String wire = new String(NhsQueryBenchmark.resource("/golden/la-upload/five-children.wire.xml"),
                    StandardCharsets.UTF_8);
            int first = wire.indexOf("  <record>");
            int end = wire.lastIndexOf("</record>") + "</record>".length();
            String records = wire.substring(first, end);
            StringBuilder b = new StringBuilder(wire.length() * UPLOAD_RECORDS / 5);
            b.append(wire, 0, first);
            for (int i = 0; i < UPLOAD_RECORDS / 5; i++) {
                b.append(records).append('\n');
            }
            b.append(wire.substring(end));
            file = b.toString().replace("<transmissionQuantity value=\"5\"/>",
                    "<transmissionQuantity value=\"" + UPLOAD_RECORDS + "\"/>").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The fast path: the wire written straight from the domain (what the NHS Query endpoint answers with). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] encodeQueryResponse(Response r) {
        return r.codec.encode(r.message);
    }

    /** The reference path: internal XML, then the encoding stylesheet, indented. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] encodeQueryResponseWithStylesheets(Response r) {
        return r.withStylesheets.encode(r.message);
    }

    /** Throughput in records per second (one operation is one record), by the fast path (what uploads use). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Warmup(iterations = 5, time = 4)
    @Measurement(iterations = 5, time = 4)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(UPLOAD_RECORDS)
    public void decodeUploadRecords(Upload u, Blackhole bh) {
        decode(u.decoder, u.file, bh);
    }

    /** The same by the reference path: a Saxon tree and the stylesheet per record. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Warmup(iterations = 5, time = 4)
    @Measurement(iterations = 5, time = 4)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(UPLOAD_RECORDS)
    public void decodeUploadRecordsWithStylesheets(Upload u, Blackhole bh) {
        decode(u.withStylesheets, u.file, bh);
    }

    private static void decode(UploadDecoder decoder, byte[] file, Blackhole bh) {
        try (UploadReader reader = decoder.open(new ByteArrayInputStream(file))) {
            for (DecodedRecord record : reader) {
                bh.consume(record);
            }
        }
    }
}
