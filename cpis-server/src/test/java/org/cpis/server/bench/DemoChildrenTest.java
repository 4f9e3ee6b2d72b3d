package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PlanType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoChildrenTest {

    @Test
    @DisplayName("CP-IS002: demo NHS numbers are valid (Modulus 11), distinct and from the never-issued 999 range")
    void numbers() {
        List<NhsNumber> numbers = DemoChildren.numbers(2_000);

        assertThat(numbers).hasSize(2_000);
        assertThat(new HashSet<>(numbers)).hasSize(2_000);
        assertThat(numbers).allSatisfy(n -> assertThat(n.value()).startsWith("9991"));
        assertThat(numbers.get(0).value()).isEqualTo("9991000003");
        assertThatThrownBy(() -> DemoChildren.numbers(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Each demo child has an open Child Protection Plan from Exampleshire")
    void entry() {
        var entry = DemoChildren.entry(NhsNumber.of("9991000003"), 1, Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(entry.localAuthorityCode().value()).isEqualTo("X09");
        assertThat(entry.plans()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(PlanType.CPP);
            assertThat(p.end()).isNull();
        });
    }
}
