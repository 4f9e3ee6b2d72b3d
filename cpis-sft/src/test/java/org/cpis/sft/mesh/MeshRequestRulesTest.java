package org.cpis.sft.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpis.sft.exchange.ExchangeRefusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules of MESH requests: versions, chunk ranges, inbox queries, and the codes. */
class MeshRequestRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|V1",
        "application/json|V1",
        "*/*|V1",
        "application/vnd.mesh.v1+json|V1",
        "application/vnd.mesh.v2+json|V2",
        "APPLICATION/VND.MESH.V2+JSON; q=0.9|V2",
        "application/json, application/vnd.mesh.v2+json|V2",
        "application/vnd.mesh.v3+json|V2"})
    void versionFromAccept(String accept, MeshVersion version) {
        assertThat(MeshVersion.of(accept)).isEqualTo(version);
    }

    @Test
    void badMeshAccept() {
        assertThatThrownBy(() -> MeshVersion.of("application/vnd.mesh.v2"))
                .isInstanceOfSatisfying(MeshFailure.class, f -> assertThat(f.problem()).isEqualTo(MeshProblem.BAD_ACCEPT));
        assertThatThrownBy(() -> MeshVersion.of("application/vnd.mesh.v0+json")).isInstanceOf(MeshFailure.class);
    }

    @Test
    void chunkRanges() {
        assertThat(ChunkRange.of(null, 1, null)).isEqualTo(new ChunkRange(1, 1));
        assertThat(ChunkRange.of(" 2 : 5 ", 2, "M")).isEqualTo(new ChunkRange(2, 5));
        for (String bad : new String[] {"2:1", "0:3", "a:3", "1", "1:2:3", "3:3"}) {
            assertThatThrownBy(() -> ChunkRange.of(bad, 2, "M")).as(bad)
                    .isInstanceOfSatisfying(MeshFailure.class,
                            f -> assertThat(f.problem()).isEqualTo(MeshProblem.INVALID_CHUNK_RANGE));
        }
        assertThatThrownBy(() -> ChunkRange.of(null, 2, "M")).isInstanceOf(MeshFailure.class);
        assertThatThrownBy(() -> ChunkRange.of("1:10001", 1, null)).isInstanceOf(MeshFailure.class);
    }

    @Test
    @DisplayName("workflow filters as MESH defines them")
    void workflowFilters() {
        assertThat(InboxQuery.of(null, null, "CPIS_UPLOAD_ACK").filter()).accepts("CPIS_UPLOAD_ACK")
                .rejects("CPIS_UPLOAD");
        assertThat(InboxQuery.of(null, null, "!CPIS_UPLOAD_ACK").filter()).accepts("CPIS_UPLOAD")
                .rejects("CPIS_UPLOAD_ACK");
        assertThat(InboxQuery.of(null, null, "CPIS_*").filter()).accepts("CPIS_X").rejects("X_CPIS_");
        assertThat(InboxQuery.of(null, null, "!CPIS_*").filter()).accepts("X_CPIS_").rejects("CPIS_X");
        assertThat(InboxQuery.of(null, null, "*ACK*").filter()).accepts("CPIS_UPLOAD_ACK").rejects("CPIS_UPLOAD");
        assertThat(InboxQuery.of(null, null, "!*ACK*").filter()).accepts("CPIS_UPLOAD").rejects("CPIS_UPLOAD_ACK");
        assertThat(InboxQuery.of("10", null, null).maxResults()).isEqualTo(10);
        assertThat(InboxQuery.of(null, null, null).maxResults()).isEqualTo(500);
        assertThatThrownBy(() -> InboxQuery.of("5001", null, null)).isInstanceOf(MeshFailure.class);
        assertThatThrownBy(() -> InboxQuery.of(null, null, "X")).isInstanceOf(MeshFailure.class);
    }

    @Test
    @DisplayName("every post-office refusal is answered with its own MESH code and HTTP status")
    void refusalsKeepTheirCodes() {
        for (ExchangeRefusal refusal : ExchangeRefusal.values()) {
            MeshProblem problem = MeshProblem.of(refusal);
            assertThat(problem.meshCode()).as(refusal.name()).isEqualTo(refusal.meshCode());
            assertThat(problem.httpStatus()).as(refusal.name()).isEqualTo(refusal.httpStatus());
        }
    }

    @Test
    @DisplayName("codes are unique, numbered CPIS-M001 upwards without gaps")
    void codes() {
        Set<String> codes = Arrays.stream(MeshProblem.values()).map(MeshProblem::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(MeshProblem.values().length);
        for (int i = 1; i <= MeshProblem.values().length; i++) {
            assertThat(codes).contains(String.format("CPIS-M%03d", i));
        }
    }
}
