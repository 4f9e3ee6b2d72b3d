package org.cpis.sft.la;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.Fixtures.NHS_A;
import static org.cpis.core.testing.Fixtures.NHS_B;
import static org.cpis.core.testing.Fixtures.NHS_C;
import static org.cpis.core.testing.Fixtures.NHS_E;
import static org.cpis.core.testing.Fixtures.NHS_F;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.PlanType;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.testing.FakeDemographics;
import org.cpis.core.testing.InMemoryStore;
import org.cpis.core.upload.FileOutcome;
import org.cpis.core.upload.RecordOutcome;
import org.cpis.core.upload.UploadResult;
import org.cpis.core.upload.UploadService;
import org.cpis.gateway.codec.upload.AcknowledgementEncoder;
import org.cpis.gateway.codec.upload.StreamedUploadFile;
import org.cpis.gateway.codec.upload.UploadDecoder;
import org.cpis.gateway.codec.upload.UploadReader;
import org.cpis.sft.la.inbox.MessageView;
import org.cpis.sft.la.state.FileRecord;
import org.cpis.sft.la.state.FileStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LA client against CP-IS's own upload processing: what the client drops into OUT is read by the gateway's
 * upload decoder and applied by the core's {@code UploadService} (record checks, the PDS cross-check against a PDS
 * stand-in, replace semantics, repeats), exactly as the service applies a file; its acknowledgement, encoded by the
 * gateway, comes back into IN. Only the MESH transfer between the folders is played by the test (the service's doors
 * are built separately).
 */
class ServiceRoundTripTest {

    @TempDir
    Path temp;

    private LaFixture la;
    private final InMemoryStore store = new InMemoryStore();
    private final FakeDemographics pds = new FakeDemographics()
            .person(NHS_A, LocalDate.of(2015, 5, 20), "Amy", "Adams")
            .person(NHS_B, LocalDate.of(2012, 1, 31), "Ben", "Brown")
            .person(NHS_C, LocalDate.of(1995, 2, 3), "Mary", "Clark")
            .person(NHS_F, LocalDate.of(2013, 9, 9), "Eve", "Evans");
    private UploadService service;
    private int delivered;

    @BeforeEach
    void anLaAndCpis() {
        la = new LaFixture(temp, "2026-03-02T10:00:00Z");
        pds.add(new DemographicsRecord(NhsNumber.of(NHS_E), LocalDate.of(2013, 9, 9),
                List.of(new PersonName("Eve", "Evans")), false, false, NhsNumber.of(NHS_F), null));
        service = new UploadService(store, pds, la.clock);
    }

    /** CP-IS takes every upload from OUT, applies it, and answers into IN; returns the outcomes, in order. */
    private List<UploadResult> cpisProcessesOut() throws Exception {
        List<Path> data;
        try (Stream<Path> files = Files.list(la.mailbox.resolve("OUT"))) {
            data = files.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
        }
        List<UploadResult> results = new java.util.ArrayList<>();
        for (Path dat : data) {
            byte[] bytes = Files.readAllBytes(dat);
            UploadResult result;
            try (UploadReader reader = new UploadDecoder().open(new ByteArrayInputStream(bytes))) {
                result = service.process(StreamedUploadFile.of(reader,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), p -> { }));
            }
            results.add(result);
            la.deliver("ACK" + (++delivered), "CPIS_UPLOAD_ACK", new AcknowledgementEncoder().encode(result.acknowledgement()));
            Files.delete(dat);
            Files.delete(Path.of(dat.toString().replace(".dat", ".ctl")));
        }
        return results;
    }

    @Test
    @DisplayName("CP-IS019, CP-SC020: build, send, CP-IS applies the file, the acknowledgement comes back: partial, the superseded child named")
    void buildSendAcknowledgeStatus() throws Exception {
        la.build(ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01"),
                ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1"),
                ExportRow.unborn("1003", "2026-09-30", NHS_C, "Mary", "Clark", "1995-02-03").ucpp("2026-01-15"),
                ExportRow.child("1005", NHS_E, "Eve", "Evans", "2013-09-09").cpp("2025-12-01"));
        la.client().send();

        List<UploadResult> results = cpisProcessesOut();
        la.client().inbox(false);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.acknowledgement().fileOutcome())
                .isEqualTo(FileOutcome.CPF03));
        assertThat(store.records().find(NhsNumber.of(NHS_C)).entries()).singleElement()
                .satisfies(e -> assertThat(e.plans().get(0).type()).isEqualTo(PlanType.UCPP));
        FileLine line = la.client().status().get(0);
        assertThat(line.file().status()).isEqualTo(FileStatus.PARTIAL);
        assertThat(line.due()).isFalse();
        assertThat(line.file().records()).extracting(FileRecord::localId, FileRecord::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1001", RecordOutcome.CPR06),
                org.assertj.core.groups.Tuple.tuple("1002", RecordOutcome.CPR06),
                org.assertj.core.groups.Tuple.tuple("1003", RecordOutcome.CPR06),
                org.assertj.core.groups.Tuple.tuple("1005", RecordOutcome.CPR05));
        assertThat(la.client().messages(null)).singleElement().isInstanceOfSatisfying(MessageView.Acknowledgement.class,
                a -> assertThat(a.records()).singleElement().satisfies(r -> {
                    assertThat(r.localId()).isEqualTo("1005");
                    assertThat(r.reason()).startsWith("NHS number superseded on PDS");
                }));
    }

    @Test
    @DisplayName("CP-SC017: PDS unavailable, the same file sent again, loaded; a further repeat gets the original acknowledgement")
    void pdsUnavailableThenResubmitted() throws Exception {
        la.build(ExportRow.child("1001", NHS_A, "Amy", "Adams", "2015-05-20").cpp("2025-09-01"));
        la.client().send();
        pds.setAvailable(false);
        cpisProcessesOut();
        la.client().inbox(false);
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.PDS_UNAVAILABLE);

        pds.setAvailable(true);
        assertThat(la.client().send().resent()).containsExactly("CPIS_X09_00000001");
        List<UploadResult> second = cpisProcessesOut();
        la.client().inbox(false);

        assertThat(second.get(0).acknowledgement().fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.SUCCESSFUL);
        assertThat(store.records().find(NhsNumber.of(NHS_A)).entries()).hasSize(1);

        Files.copy(la.uploadFile(la.client().status().get(0).file()), la.mailbox.resolve("OUT/CPIS_X09_00000001.dat"));
        Files.writeString(la.mailbox.resolve("OUT/CPIS_X09_00000001.ctl"), "<DTSControl/>");
        List<UploadResult> repeat = cpisProcessesOut();
        la.client().inbox(false);
        assertThat(repeat.get(0).repeat()).isTrue();
        assertThat(repeat.get(0).acknowledgement().fileOutcome()).isEqualTo(FileOutcome.CPF02);
        assertThat(la.client().status().get(0).file().status()).isEqualTo(FileStatus.SUCCESSFUL);
    }

    @Test
    @DisplayName("CP-SC018: a closed case reaches CP-IS as end dates on the plans it holds")
    void closedCaseReachesCpis() throws Exception {
        ExportRow ben = ExportRow.child("1002", NHS_B, "Ben", "Brown", "2012-01-31").lac("2024-06-01", "C1");
        la.build(ben);
        la.client().send();
        cpisProcessesOut();

        la.build(ben.with("case_closed_date", "2026-02-27"));
        la.client().send();
        cpisProcessesOut();

        assertThat(store.records().find(NhsNumber.of(NHS_B)).entries()).singleElement().satisfies(e ->
                assertThat(e.plans()).singleElement().satisfies(p ->
                        assertThat(p.endDate()).contains(LocalDate.of(2026, 2, 27))));
    }
}
