package cn.hazedesk.architecture;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring of the window (README, "Wiring"): each work area's screens are built by its own feature assembly in
 * {@code cn.hazedesk.app}, everything by constructor; {@code UiAssembly} only maps work areas to those assemblies.
 * These rules fail when an assembly or a screen is completed by a setter after construction, or when the registry
 * grows a chain of {@code if}/{@code switch} over the work areas again.
 */
class WiringRulesTest {
    private static final String APP = "cn.hazedesk.app";
    private static final String WORK_AREA = "cn.hazedesk.ui.shell.WorkArea";
    /** What a post-construction setter is called: setX, useX, onX, withX, attach, limitTo… */
    private static final Pattern MUTATOR = Pattern.compile("(set|use|on|with|attach|limit)([A-Z].*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.hazedesk");
    }

    @Test
    void everyFieldOfTheAssembliesIsFinal() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(APP)
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Assembly")
                .should().beFinal()
                .because("a feature assembly gets what it needs by constructor; a field set later is a setter")
                .check(classes);
        fields().that().areDeclaredInClassesThat().haveFullyQualifiedName(APP + ".Screens")
                .should().beFinal().check(classes);
    }

    @Test
    void theRegistryHasNoChainOverTheWorkAreas() {
        // an `if (area == WorkArea.X)` reads the constant X; a `switch (area)` calls values() and ordinal()
        noClasses().that().haveNameMatching(Pattern.quote(APP + ".UiAssembly") + "(\\$.*)?")
                .should().accessTargetWhere(JavaAccess.Predicates.target(AccessTarget.Predicates.declaredIn(WORK_AREA)))
                .because("UiAssembly finds a page through the WorkAreaAssembly that names its area")
                .check(classes);
    }

    @Test
    void eachWorkAreaHasExactlyOneAssemblyThatNamesOnlyIt() {
        Map<String, String> areaOf = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().equals(APP) || c.getInterfaces().stream()
                    .noneMatch(i -> i.toErasure().getName().equals(APP + ".WorkAreaAssembly"))) {
                continue;
            }
            Set<String> named = new TreeSet<>();
            for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
                if (a.getTargetOwner().getName().equals(WORK_AREA)) {
                    named.add(a.getTarget().getName());
                }
            }
            if (named.size() != 1) {
                problems.add(c.getSimpleName() + " names the work areas " + named + " (one expected)");
                continue;
            }
            String previous = areaOf.put(named.iterator().next(), c.getSimpleName());
            if (previous != null) {
                problems.add(named + " has two assemblies: " + previous + " and " + c.getSimpleName());
            }
        }
        assertThat(problems).isEmpty();
        JavaClass workArea = classes.get(WORK_AREA);
        Set<String> constants = new TreeSet<>();
        for (JavaField f : workArea.getFields()) {
            if (f.getModifiers().contains(JavaModifier.ENUM)) {
                constants.add(f.getName());
            }
        }
        assertThat(constants).as("the work areas").isNotEmpty();
        assertThat(areaOf.keySet()).as("work areas with an assembly").isEqualTo(constants);
    }

    @Test
    void theWiringCallsNoSetterOfAScreen() {
        noClasses().that().resideInAnyPackage(APP)
                .should().callMethodWhere(new DescribedPredicate<>("a setter of a view or view model (set*, use*, on*, with*, attach, limit*)") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getTargetOwner().getPackageName().startsWith("cn.hazedesk.ui")
                                && MUTATOR.matcher(call.getTarget().getName()).matches();
                    }
                })
                .because("a view or view model gets its collaborators by constructor")
                .check(classes);
    }

    @Test
    void screensKeepTheirCollaboratorsInFinalFields() {
        List<String> mutable = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("cn.hazedesk.ui")) {
                continue;
            }
            for (JavaField f : c.getFields()) {
                if (!f.getModifiers().contains(JavaModifier.FINAL) && !f.getModifiers().contains(JavaModifier.STATIC)
                        && collaborator(f.getRawType())) {
                    mutable.add(c.getSimpleName() + "." + f.getName() + " (" + f.getRawType().getSimpleName() + ")");
                }
            }
        }
        assertThat(mutable).as("collaborators of screens that a setter could replace after construction").isEmpty();
    }

    /** A service, port or callback a screen is given, as opposed to state it keeps (a list, a token, an open file). */
    private static boolean collaborator(JavaClass type) {
        String name = type.getName();
        return (name.startsWith("cn.hazedesk.application.") && name.endsWith("Service"))
                || Arrays.asList("cn.hazedesk.ui.common.DialogService", "cn.hazedesk.ui.common.TaskRunner",
                        "cn.hazedesk.ui.common.FileChooserService", "cn.hazedesk.ui.common.FolderOpener",
                        "cn.hazedesk.ui.common.Printing", "cn.hazedesk.ui.common.Labels",
                        "cn.hazedesk.ui.document.DocumentPreviews", "cn.hazedesk.ui.list.ListNavigator",
                        "cn.hazedesk.ui.warning.EpisodeSession", "cn.hazedesk.ui.warning.EpisodePrinting",
                        "java.lang.Runnable").contains(name)
                || name.startsWith("java.util.function.");
    }
}
