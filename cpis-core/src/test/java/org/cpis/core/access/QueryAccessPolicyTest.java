package org.cpis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.access.CertificateBindingPolicyTest.assertRefused;
import static org.cpis.core.testing.InMemoryAccreditedSystems.fingerprint;

import java.util.List;
import org.cpis.core.model.Asid;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryAccreditedSystems;
import org.cpis.core.testing.InMemoryRoleDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryAccessPolicyTest {

    private static final String ED = "200000000123";
    private static final CertificateFingerprint ED_CERT = fingerprint("ed");

    private final InMemoryAccreditedSystems systems = new InMemoryAccreditedSystems().register(ED, "ED", ED_CERT, false);
    private final InMemoryRoleDirectory directory = new InMemoryRoleDirectory()
            .user("1001", "RP1001", "S0030:G0100:R0570", "B0107");
    private final QueryAccessPolicy policy = QueryAccessPolicy.standard(systems, directory);

    private static SenderClaims claims(QueryAuthor author) {
        return SenderClaims.of(Asid.of(ED), List.of(Asid.of(ED)), author);
    }

    @Test
    @DisplayName("CP-NHS018 CP-IS042: a registered certificate and a person with B0107 may ask")
    void allowed() {
        assertThat(policy.check(ED_CERT, claims(Fixtures.nurse("1001")), Fixtures.nurse("1001")).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("CP-NHS018: the certificate is checked before the role: an unknown certificate says nothing about the user")
    void certificateFirst() {
        assertRefused(policy.check(fingerprint("stranger"), claims(Fixtures.nurse("9999")), Fixtures.nurse("9999")),
                AccessRefusal.CERTIFICATE_NOT_REGISTERED, "CPIS-A001");
    }

    @Test
    @DisplayName("CP-IS059: disabling a user or a system takes effect for the very next query")
    void disablingTakesEffectAtOnce() {
        QueryAuthor nurse = Fixtures.nurse("1001");
        assertThat(policy.check(ED_CERT, claims(nurse), nurse).isAllowed()).isTrue();

        directory.setEnabled("1001", false);
        assertRefused(policy.check(ED_CERT, claims(nurse), nurse), AccessRefusal.USER_DISABLED, "CPIS-A005");

        directory.setEnabled("1001", true);
        systems.setEnabled(ED, false);
        assertRefused(policy.check(ED_CERT, claims(nurse), nurse), AccessRefusal.SYSTEM_DISABLED, "CPIS-A003");
    }

    @Test
    @DisplayName("CP-NHS006 CP-NHS019: a device author goes through the binding, then its system's registration")
    void deviceAuthor() {
        QueryAuthor device = Fixtures.system(ED);
        assertRefused(policy.check(ED_CERT, claims(device), device), AccessRefusal.DEVICE_QUERIES_NOT_ALLOWED, "CPIS-A007");
    }
}
