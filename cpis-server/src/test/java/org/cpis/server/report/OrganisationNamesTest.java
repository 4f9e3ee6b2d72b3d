package org.cpis.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.Organisation;
import org.cpis.core.port.OrganisationDirectory;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    private static final OdsCode RX1 = OdsCode.of("RX1");
    private static final OdsCode X09 = OdsCode.of("X09");
    private static final OdsCode ZZ9 = OdsCode.of("ZZ9");

    @Test
    void looksUpEachDistinctCodeOnceAndLabelsByNameAndCode() {
        List<OdsCode> asked = new ArrayList<>();
        OrganisationDirectory directory = code -> {
            asked.add(code);
            return code.equals(RX1) ? Optional.of("Example Hospitals NHS Trust") : Optional.empty();
        };

        OrganisationNames names = OrganisationNames.lookUp(Arrays.asList(RX1, null, RX1, ZZ9), directory);

        assertThat(asked).containsExactly(RX1, ZZ9);
        assertThat(names.label(RX1)).isEqualTo("Example Hospitals NHS Trust (RX1)");
        assertThat(names.label(ZZ9)).isEqualTo("ZZ9");
        assertThat(names.label(null)).isEqualTo("-");
    }

    @Test
    void namesSentWithAnUploadFillOnlyWhatTheDirectoryLacks() {
        OrganisationNames names = OrganisationNames.of(Map.of(RX1, "Example Hospitals NHS Trust"))
                .orNamesOf(List.of(new Organisation(X09, "Exampleshire County Council"), new Organisation(RX1, "Other name")));

        assertThat(names.label(X09)).isEqualTo("Exampleshire County Council (X09)");
        assertThat(names.label(RX1)).isEqualTo("Example Hospitals NHS Trust (RX1)");
    }
}
