package org.cpis.server.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.cpis.core.archfixture.CoreReachingIntoServer;
import org.cpis.gateway.archfixture.GatewayReachingIntoStore;
import org.cpis.sft.archfixture.SftReachingIntoStore;
import org.cpis.store.archfixture.StoreReachingIntoGateway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves that each architecture rule fails on a class that breaks it (test-only classes, never in a module). */
class CpisArchitectureRulesTest {

    private static final JavaClasses RULE_BREAKERS = new ClassFileImporter().importClasses(
            CoreReachingIntoServer.class, StoreReachingIntoGateway.class,
            GatewayReachingIntoStore.class, SftReachingIntoStore.class);

    static Stream<Arguments> rulesAndTheirBreakers() {
        return Stream.of(
                arguments(CpisArchitecture.CORE_IMPORTS_ONLY_THE_JDK, CoreReachingIntoServer.class),
                arguments(CpisArchitecture.STORE_STAYS_OUT_OF_GATEWAY_SFT_AND_SERVER, StoreReachingIntoGateway.class),
                arguments(CpisArchitecture.GATEWAY_STAYS_OUT_OF_STORE_SFT_AND_SERVER, GatewayReachingIntoStore.class),
                arguments(CpisArchitecture.SFT_STAYS_OUT_OF_STORE_AND_SERVER, SftReachingIntoStore.class),
                arguments(CpisArchitecture.NOTHING_IMPORTS_THE_SERVER, CoreReachingIntoServer.class));
    }

    @ParameterizedTest
    @MethodSource("rulesAndTheirBreakers")
    void ruleReportsTheClassThatBreaksIt(ArchRule rule, Class<?> breaker) {
        assertThatThrownBy(() -> rule.check(RULE_BREAKERS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(breaker.getName());
    }
}
