package de.kim.core.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of kim-core: its packages form no cycle (each can be understood and tested from the
 * ones below it), and the JPA records of clients and cases are reached through the store package
 * only, never through a service's package.
 */
class PackageStructureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kim.core.internal");

    @Test
    void packagesHaveNoCycle() {
        slices().matching("de.kim.core.internal.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void storeDependsOnNoServicePackage() {
        noClasses().that().resideInAPackage("..internal.store..").should().dependOnClassesThat()
                .resideInAnyPackage("..internal.clients..", "..internal.cases..", "..internal.procedures..",
                        "..internal.forms..", "..internal.access..", "..internal.handover..")
                .check(CORE);
    }

    @Test
    void extensionMachineryKnowsNoEngine() {
        // the definition compilers register as services; the extender does not name them
        noClasses().that().resideInAPackage("..internal.extension..").should().dependOnClassesThat()
                .resideInAnyPackage("..internal.forms..", "..internal.procedures..", "..internal.indicators..")
                .check(CORE);
    }
}
