package org.songngu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers of ARCHITECTURE.md: core knows nothing of Swing, picocli, ui or cli. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.songngu");
    }

    @Test
    void coreImportsNoUserInterfaceOrCommandLine() {
        noClasses().that().resideInAPackage("org.songngu.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt..", "com.formdev..", "picocli..",
                        "org.songngu.ui..", "org.songngu.cli..")
                .check(classes);
    }

    @Test
    void userInterfaceAndCommandLineDoNotImportEachOther() {
        noClasses().that().resideInAPackage("org.songngu.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.songngu.cli..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("org.songngu.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.songngu.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("org.songngu.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage("org.songngu.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }
}
