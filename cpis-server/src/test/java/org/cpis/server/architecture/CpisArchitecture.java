package org.cpis.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of DESIGN.md and who may enter which: {@code server -> {gateway, sft, store} -> core},
 * {@code sft -> gateway}; core imports only {@code java.*}; nothing imports the server.
 */
final class CpisArchitecture {

    static final ArchRule CORE_IMPORTS_ONLY_THE_JDK = classes()
            .that().resideInAPackage("org.cpis.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.cpis.core..")
            .as("cpis-core imports nothing outside java.*");

    static final ArchRule STORE_STAYS_OUT_OF_GATEWAY_SFT_AND_SERVER = noClasses()
            .that().resideInAPackage("org.cpis.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cpis.gateway..", "org.cpis.sft..", "org.cpis.server..")
            .as("cpis-store imports nothing from cpis-hl7-gateway, cpis-sft or cpis-server");

    // allowEmptyShould: the module has no classes yet; the rule holds for the first one that arrives.
    static final ArchRule GATEWAY_STAYS_OUT_OF_STORE_SFT_AND_SERVER = noClasses()
            .that().resideInAPackage("org.cpis.gateway..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cpis.store..", "org.cpis.sft..", "org.cpis.server..")
            .allowEmptyShould(true)
            .as("cpis-hl7-gateway imports nothing from cpis-store, cpis-sft or cpis-server");

    static final ArchRule SFT_STAYS_OUT_OF_STORE_AND_SERVER = noClasses()
            .that().resideInAPackage("org.cpis.sft..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cpis.store..", "org.cpis.server..")
            .allowEmptyShould(true)
            .as("cpis-sft imports nothing from cpis-store or cpis-server");

    static final ArchRule NOTHING_IMPORTS_THE_SERVER = noClasses()
            .that().resideOutsideOfPackage("org.cpis.server..")
            .should().dependOnClassesThat().resideInAPackage("org.cpis.server..")
            .as("nothing outside cpis-server imports cpis-server");

    private CpisArchitecture() {
    }
}
