package org.cpis.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DESIGN.md: cpis-core imports nothing outside java.* (the module map is checked in cpis-server). */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cpis.core");

    @Test
    @DisplayName("cpis-core depends on nothing but the JDK's java.* and itself")
    void pureJava() {
        ArchRule rule = noClasses().that().resideInAPackage("org.cpis.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.cpis.core..");
        rule.check(CORE);
    }
}
