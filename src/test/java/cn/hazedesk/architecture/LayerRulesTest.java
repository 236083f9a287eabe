package cn.hazedesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering described in README ("Layout and layers"), enforced on the production classes. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hazedesk");
    }

    @Test
    void domainIsPureJava() {
        ArchRule rule = noClasses().that().resideInAPackage("cn.hazedesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jooq..", "org.controlsfx..", "java.sql..", "org.h2..", "org.flywaydb..",
                        "org.apache.poi..", "org.apache.commons.csv..", "com.lowagie..", "org.apache.pdfbox..",
                        "cn.hazedesk.application..", "cn.hazedesk.infra..", "cn.hazedesk.ui..", "cn.hazedesk.app..");
        rule.check(classes);
    }

    @Test
    void applicationDependsOnlyOnDomainAndItsOwnPorts() {
        noClasses().that().resideInAPackage("cn.hazedesk.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jooq..", "org.controlsfx..", "org.h2..", "com.lowagie..", "org.apache.pdfbox..",
                        "cn.hazedesk.infra..", "cn.hazedesk.ui..", "cn.hazedesk.app..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesJooqOrInfrastructure() {
        noClasses().that().resideInAPackage("cn.hazedesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..", "com.lowagie..", "org.apache.pdfbox..",
                        "cn.hazedesk.infra..", "cn.hazedesk.app..")
                .check(classes);
    }

    @Test
    void infrastructureDoesNotReachIntoTheUi() {
        noClasses().that().resideInAPackage("cn.hazedesk.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "cn.hazedesk.ui..",
                        "cn.hazedesk.app..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineEntryPointWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("cn.hazedesk.app.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void viewsAreUsedOnlyByTheUiAndTheCompositionRoot() {
        classes().that().resideInAPackage("cn.hazedesk.ui..").and().haveSimpleNameEndingWith("View")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage("cn.hazedesk.ui..", "cn.hazedesk.app")
                .check(classes);
    }

    @Test
    void noMutableStaticStateSoNoServiceLocatorOrSingleton() {
        // objects are built and wired by the composition root; nothing is reached through a static field
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("cn.hazedesk..")
                .should().beFinal()
                .check(classes);
    }
}
