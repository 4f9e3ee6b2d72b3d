package org.cpis.store.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
import org.cpis.store.CpisDatabase;
import org.cpis.store.RegistrationConflictException;
import org.cpis.store.csv.CsvLoadException;
import org.cpis.store.testing.SharedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class AccreditedSystemTableIT {

    private static final CertificateFingerprint A = fingerprint("a");
    private static final CertificateFingerprint B = fingerprint("b");
    private static final CertificateFingerprint C = fingerprint("c");
    private static final Asid ED = Asid.of("200000000123");
    private static final Asid AMBULANCE = Asid.of("200000000456");

    private final CpisDatabase database;
    private final AccreditedSystemTable systems;

    AccreditedSystemTableIT(CpisDatabase database) {
        this.database = database;
        this.systems = database.accreditedSystems();
    }

    @BeforeEach
    void emptyTables() {
        SharedDatabase.emptyTables(database);
    }

    private static CertificateFingerprint fingerprint(String text) {
        return CertificateFingerprint.ofCertificate(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AccreditedSystem ed(Set<CertificateFingerprint> certificates) {
        return new AccreditedSystem(ED, "Example ED system", OdsCode.of("RX1"), certificates, true, false);
    }

    @Test
    @DisplayName("CP-NHS018: a registered system is found by its ASID and by each of its certificates")
    void registeredSystemIsFoundByAsidAndCertificate() {
        AccreditedSystem registered = systems.register(ed(Set.of(A, B)));

        assertThat(registered).isEqualTo(ed(Set.of(A, B)));
        assertThat(systems.byAsid(ED)).contains(registered);
        assertThat(systems.byCertificate(A)).contains(registered);
        assertThat(systems.byCertificate(B)).contains(registered);
        assertThat(systems.byCertificate(C)).isEmpty();
        assertThat(systems.byAsid(AMBULANCE)).isEmpty();
    }

    @Test
    @DisplayName("CP-NHS018: registering again adds certificates and updates details, but does not enable a disabled system")
    void registeringAgainAddsCertificates() {
        systems.register(ed(Set.of(A)));
        systems.setEnabled(ED, false);

        AccreditedSystem again = systems.register(new AccreditedSystem(ED, "Example ED system v2", OdsCode.of("RX2"),
                Set.of(B), true, true));

        assertThat(again.certificates()).containsExactlyInAnyOrder(A, B);
        assertThat(again.name()).isEqualTo("Example ED system v2");
        assertThat(again.organisation()).isEqualTo(OdsCode.of("RX2"));
        assertThat(again.deviceQueriesAllowed()).isTrue();
        assertThat(again.enabled()).isFalse();
    }

    @Test
    @DisplayName("CP-NHS018: a certificate belongs to one system only")
    void certificateOfAnotherSystemIsRefused() {
        systems.register(ed(Set.of(A)));

        assertThatThrownBy(() -> systems.register(new AccreditedSystem(AMBULANCE, "Ambulance", OdsCode.of("RX9"),
                Set.of(C, A), true, true)))
                .isInstanceOf(RegistrationConflictException.class)
                .hasMessage("certificate SHA-256 " + A + " is already registered for system 200000000123;"
                        + " a certificate belongs to one system only");
        assertThat(systems.byAsid(AMBULANCE)).isEmpty();
        assertThat(systems.byCertificate(C)).isEmpty();
    }

    @Test
    @DisplayName("CP-IS059: disabling and enabling a system is seen by the very next lookup")
    void disableAndEnable() {
        systems.register(ed(Set.of(A)));

        assertThat(systems.setEnabled(ED, false)).isTrue();
        assertThat(systems.byCertificate(A).orElseThrow().enabled()).isFalse();
        assertThat(systems.setEnabled(ED, true)).isTrue();
        assertThat(systems.byCertificate(A).orElseThrow().enabled()).isTrue();
        assertThat(systems.setEnabled(AMBULANCE, false)).as("not registered").isFalse();
    }

    @Test
    @DisplayName("CP-NHS018: a removed certificate no longer finds its system; the system keeps its others")
    void removeCertificate() {
        systems.register(ed(Set.of(A, B)));

        assertThat(systems.removeCertificate(A)).contains(ED);
        assertThat(systems.byCertificate(A)).isEmpty();
        assertThat(systems.byAsid(ED).orElseThrow().certificates()).containsExactly(B);
        assertThat(systems.removeCertificate(A)).isEmpty();
    }

    @Test
    void csvReplacesSystemsWholeAndLeavesOthers() {
        systems.register(ed(Set.of(A)));
        systems.register(new AccreditedSystem(Asid.of("200000000999"), "Untouched", OdsCode.of("RX1"), Set.of(), false, false));
        String csv = """
                asid,name,ods_code,certificate_sha256,device_queries_allowed,enabled
                200000000123,Example ED system,RX1,%s,,
                200000000456,"Ambulance, dispatch",RX9,%s,TRUE,false
                200000000456,"Ambulance, dispatch",RX9,%s,true,false
                """.formatted(B, C.colonSeparated(), "");

        int loaded = new AccreditedSystemCsv(systems).load(new StringReader(csv), "systems.csv");

        assertThat(loaded).isEqualTo(2);
        assertThat(systems.byCertificate(A)).as("replaced whole").isEmpty();
        assertThat(systems.byCertificate(B).orElseThrow().asid()).isEqualTo(ED);
        AccreditedSystem ambulance = systems.byAsid(AMBULANCE).orElseThrow();
        assertThat(ambulance.name()).isEqualTo("Ambulance, dispatch");
        assertThat(ambulance.certificates()).containsExactly(C);
        assertThat(ambulance.deviceQueriesAllowed()).isTrue();
        assertThat(ambulance.enabled()).isFalse();
        assertThat(systems.all()).extracting(s -> s.asid().value())
                .containsExactly("200000000123", "200000000456", "200000000999");
    }

    @Test
    void badCsvIsRefusedByLineAndColumnAndNothingIsLoaded() {
        AccreditedSystemCsv csv = new AccreditedSystemCsv(systems);
        String header = "asid,name,ods_code,certificate_sha256,device_queries_allowed,enabled\n"
                + "200000000123,Example ED system,RX1," + A + ",false,true\n";

        assertThatThrownBy(() -> csv.load(new StringReader(header + "20000000045,Amb,RX9,,,\n"), "systems.csv"))
                .isInstanceOf(CsvLoadException.class)
                .hasMessage("systems.csv line 3, column asid: '20000000045' is not an ASID (12 digits); nothing was loaded");
        assertThatThrownBy(() -> csv.load(new StringReader(header + "200000000456,Amb,RX9,abc,,\n"), "systems.csv"))
                .hasMessageContaining("line 3, column certificate_sha256: 'abc' is not a SHA-256 certificate fingerprint");
        assertThatThrownBy(() -> csv.load(new StringReader(header + "200000000456,Amb,RX9," + A + ",,\n"), "systems.csv"))
                .hasMessageContaining("line 3, column certificate_sha256: this certificate was already given on line 2");
        assertThatThrownBy(() -> csv.load(new StringReader(header + "200000000123,Other name,RX1,,false,true\n"), "systems.csv"))
                .hasMessageContaining("line 3, column name: 'Other name' differs from line 2 for the same ASID");
        assertThatThrownBy(() -> csv.load(new StringReader(header + "200000000456,Amb,RX9,,yes,\n"), "systems.csv"))
                .hasMessageContaining("line 3, column device_queries_allowed: 'yes' is not true or false");
        assertThat(systems.all()).isEmpty();
    }

    @Test
    void sampleFileLoads() {
        int loaded = new AccreditedSystemCsv(systems).load(Path.of("../docs/samples/systems.csv"));

        assertThat(loaded).isEqualTo(3);
        assertThat(systems.byAsid(Asid.of("200000000789")).orElseThrow().certificates()).hasSize(2);
        assertThat(systems.byAsid(Asid.of("200000000456")).orElseThrow().deviceQueriesAllowed()).isTrue();
    }
}
