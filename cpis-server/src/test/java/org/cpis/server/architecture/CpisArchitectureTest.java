package org.cpis.server.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks every CP-IS class on the class path (all modules, main code only) against the rooms of DESIGN.md. */
@AnalyzeClasses(packages = "org.cpis", importOptions = ImportOption.DoNotIncludeTests.class)
class CpisArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsOnlyTheJdk = CpisArchitecture.CORE_IMPORTS_ONLY_THE_JDK;

    @ArchTest
    static final ArchRule storeStaysOutOfGatewaySftAndServer = CpisArchitecture.STORE_STAYS_OUT_OF_GATEWAY_SFT_AND_SERVER;

    @ArchTest
    static final ArchRule gatewayStaysOutOfStoreSftAndServer = CpisArchitecture.GATEWAY_STAYS_OUT_OF_STORE_SFT_AND_SERVER;

    @ArchTest
    static final ArchRule sftStaysOutOfStoreAndServer = CpisArchitecture.SFT_STAYS_OUT_OF_STORE_AND_SERVER;

    @ArchTest
    static final ArchRule nothingImportsTheServer = CpisArchitecture.NOTHING_IMPORTS_THE_SERVER;
}
