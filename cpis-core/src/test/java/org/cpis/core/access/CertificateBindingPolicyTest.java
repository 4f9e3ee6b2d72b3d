package org.cpis.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpis.core.testing.InMemoryAccreditedSystems.fingerprint;

import java.util.List;
import java.util.Set;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.testing.InMemoryAccreditedSystems;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificateBindingPolicyTest {

    private static final String ED = "200000000123";
    private static final String OTHER = "200000000999";
    private static final CertificateFingerprint ED_CERT = fingerprint("ed certificate");
    private static final CertificateFingerprint ED_RENEWED = fingerprint("ed certificate, renewed");
    private static final CertificateFingerprint OTHER_CERT = fingerprint("other certificate");

    private final InMemoryAccreditedSystems systems = new InMemoryAccreditedSystems()
            .register(new AccreditedSystem(Asid.of(ED), "Example ED system", OdsCode.of("RX1"),
                    Set.of(ED_CERT, ED_RENEWED), true, false))
            .register(OTHER, "Other system", OTHER_CERT, true);
    private final CertificateBindingPolicy policy = new CertificateBindingPolicy(systems);

    private static SenderClaims claims(String sender, String... author1) {
        return new SenderClaims(Asid.of(sender), List.of(author1).stream().map(Asid::of).toList(), null);
    }

    @Test
    @DisplayName("CP-NHS018: a registered certificate whose system's ASID the message claims is allowed, with its system")
    void registeredCertificateAndItsAsid() {
        AccessDecision decision = policy.check(ED_CERT, claims(ED, ED));

        assertThat(decision).isInstanceOf(AccessDecision.Allowed.class);
        assertThat(((AccessDecision.Allowed) decision).system().asid()).isEqualTo(Asid.of(ED));
        assertThat(policy.check(ED_RENEWED, claims(ED, ED)).isAllowed()).as("either of its certificates").isTrue();
    }

    @Test
    @DisplayName("CP-NHS018: no client certificate is refused, CPIS-A008")
    void noCertificate() {
        assertRefused(policy.check(null, claims(ED, ED)), AccessRefusal.NO_CLIENT_CERTIFICATE, "CPIS-A008");
    }

    @Test
    @DisplayName("CP-NHS018: a certificate not on the allow-list is refused, CPIS-A001")
    void unknownCertificate() {
        AccessDecision decision = policy.check(fingerprint("stranger"), claims(ED, ED));

        assertRefused(decision, AccessRefusal.CERTIFICATE_NOT_REGISTERED, "CPIS-A001");
        assertThat(((AccessDecision.Refused) decision).detail()).contains(fingerprint("stranger").hex());
    }

    @Test
    @DisplayName("CP-NHS018: the ASID in communicationFunctionSnd must be the certificate's system's, CPIS-A002")
    void senderAsidNotTheCertificates() {
        AccessDecision decision = policy.check(ED_CERT, claims(OTHER, ED));

        assertRefused(decision, AccessRefusal.ASID_NOT_THE_CERTIFICATES, "CPIS-A002");
        assertThat(((AccessDecision.Refused) decision).detail())
                .isEqualTo("ASID 200000000999 in communicationFunctionSnd is not 200000000123, the system of the client certificate");
    }

    @Test
    @DisplayName("CP-NHS018: the certificate's system must be among the author1 systems, CPIS-A002")
    void author1NotTheCertificates() {
        assertRefused(policy.check(ED_CERT, claims(ED, OTHER)), AccessRefusal.ASID_NOT_THE_CERTIFICATES, "CPIS-A002");
        assertThat(policy.check(ED_CERT, claims(ED, OTHER, ED)).isAllowed()).as("a second author1 is not checked").isTrue();
    }

    @Test
    @DisplayName("CP-NHS018: a device author queries only as the certificate's own system, CPIS-A002")
    void deviceAuthorNotTheCertificates() {
        SenderClaims asOther = SenderClaims.of(Asid.of(ED), List.of(Asid.of(ED)), Fixtures.system(OTHER));
        SenderClaims asItself = SenderClaims.of(Asid.of(ED), List.of(Asid.of(ED)), Fixtures.system(ED));

        assertRefused(policy.check(ED_CERT, asOther), AccessRefusal.ASID_NOT_THE_CERTIFICATES, "CPIS-A002");
        assertThat(policy.check(ED_CERT, asItself).isAllowed()).isTrue();
        assertThat(SenderClaims.of(Asid.of(ED), List.of(), Fixtures.nurse("1")).deviceAuthor()).isNull();
    }

    @Test
    @DisplayName("CP-IS059: a disabled system is refused at once, CPIS-A003; enabled again, it is allowed")
    void disabledSystem() {
        systems.setEnabled(ED, false);

        AccessDecision decision = policy.check(ED_CERT, claims(ED, ED));

        assertRefused(decision, AccessRefusal.SYSTEM_DISABLED, "CPIS-A003");
        assertThat(decision.toString()).isEqualTo("CPIS-A003 system disabled: accredited system 200000000123 (Example ED system) is disabled");
        systems.setEnabled(ED, true);
        assertThat(policy.check(ED_CERT, claims(ED, ED)).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("CP-NHS018: another system's certificate cannot speak for this one")
    void otherSystemsCertificate() {
        assertRefused(policy.check(OTHER_CERT, claims(ED, ED)), AccessRefusal.ASID_NOT_THE_CERTIFICATES, "CPIS-A002");
    }

    static void assertRefused(AccessDecision decision, AccessRefusal reason, String code) {
        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision).isInstanceOfSatisfying(AccessDecision.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.message()).isEqualTo(code + " " + reason.message());
        });
    }
}
