package org.cpis.server.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks every CP-IS class on the class path (all modules, main code only) against the rooms of DESIGN.md.
 * Plain JUnit tests rather than ArchUnit's {@code @ArchTest} fields: Surefire reports those as zero tests and
 * lets their failures pass unseen.
 */
class CpisArchitectureTest {

    /** A module's test-jar (cpis-core's test data is on this module's test class path): tests, not main code. */
    private static final ImportOption DO_NOT_INCLUDE_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses CPIS_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(DO_NOT_INCLUDE_TEST_JARS)
            .importPackages("org.cpis");

    @Test
    void coreImportsOnlyTheJdk() {
        CpisArchitecture.CORE_IMPORTS_ONLY_THE_JDK.check(CPIS_CLASSES);
    }

    @Test
    void storeStaysOutOfGatewaySftAndServer() {
        CpisArchitecture.STORE_STAYS_OUT_OF_GATEWAY_SFT_AND_SERVER.check(CPIS_CLASSES);
    }

    @Test
    void gatewayStaysOutOfStoreSftAndServer() {
        CpisArchitecture.GATEWAY_STAYS_OUT_OF_STORE_SFT_AND_SERVER.check(CPIS_CLASSES);
    }

    @Test
    void sftStaysOutOfStoreAndServer() {
        CpisArchitecture.SFT_STAYS_OUT_OF_STORE_AND_SERVER.check(CPIS_CLASSES);
    }

    @Test
    void nothingImportsTheServer() {
        CpisArchitecture.NOTHING_IMPORTS_THE_SERVER.check(CPIS_CLASSES);
    }
}
