package io.pitstop.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.pitstop.shop.ForbiddenImportFixture;
import io.pitstop.shop.rest.EntityLeakFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency directions of ../shared/house-style.md, enforced: each package names the packages it may use (the
 * order of the journey: a capability uses the ones before it, never one after), there are no cycles, {@code common},
 * {@code live} and {@code notify} know no capability, no capability reads another's {@code persistence} (it asks that
 * capability's services, which answer values), and resources never touch entities or repositories.
 */
class ArchitectureTest {

    private static final Set<String> BASE = Set.of("common");

    /** Who may use whom, besides itself and {@code common}. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("live", Set.of()),
            Map.entry("notify", Set.of()),
            Map.entry("identity", Set.of("live", "notify")),
            Map.entry("shop", Set.of("identity", "live", "notify")),
            Map.entry("booking", Set.of("shop", "identity", "live", "notify")),
            // Parts knows repair orders only by id: repair asks it for stock and hears of arrivals through its ports.
            Map.entry("parts", Set.of("shop", "identity", "live", "notify")),
            Map.entry("repair", Set.of("parts", "booking", "shop", "identity", "live", "notify")),
            Map.entry("feedback", Set.of("repair", "booking", "shop", "identity", "live", "notify")),
            Map.entry("complaint", Set.of("feedback", "repair", "booking", "shop", "identity", "live", "notify")),
            Map.entry("kpi", Set.of("complaint", "feedback", "repair", "parts", "booking", "shop", "identity")),
            Map.entry("appraisal", Set.of("kpi", "identity", "notify")),
            Map.entry("improvement", Set.of("kpi", "identity", "notify")),
            Map.entry("demo", Set.of("appraisal", "improvement", "kpi", "complaint", "feedback", "repair", "parts", "booking", "shop",
                    "identity", "live", "notify")),
            // Routed under the "it" profile only: runs every capability's jobs for the tests of the packaged jar.
            Map.entry("testhooks", Set.of("improvement", "complaint", "feedback", "repair", "parts", "booking", "notify")));

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.pitstop");
    }

    @Test
    void everyPackageIsKnownAndUsesOnlyThePackagesBeforeIt() {
        List<String> unknown = main.stream().map(ArchitectureTest::capability)
                .filter(c -> c != null && !ALLOWED.containsKey(c)).distinct().toList();
        assertThat(unknown).as("packages without a place in ALLOWED").isEmpty();
        for (ArchRule rule : directionRules()) {
            rule.check(main);
        }
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("io.pitstop.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void noCapabilityReadsAnothersPersistence() {
        persistenceRules().forEach(rule -> rule.check(main));
    }

    @Test
    void resourcesNeverTouchEntitiesOrRepositories() {
        resourceRule().check(main);
    }

    @Test
    void aForbiddenImportFailsTheRules() {
        // shop.ForbiddenImportFixture (test sources) uses repair's entity: shop comes before repair, and it is persistence.
        JavaClasses fixture = new ClassFileImporter().importClasses(ForbiddenImportFixture.class);
        EvaluationResult direction = directionRules().stream().map(r -> r.evaluate(fixture))
                .filter(EvaluationResult::hasViolation).findFirst().orElseThrow();
        assertThat(direction.getFailureReport().toString()).contains("ForbiddenImportFixture").contains("io.pitstop.repair");
        assertThat(persistenceRules().stream().anyMatch(r -> r.evaluate(fixture).hasViolation())).isTrue();
        // shop.rest.EntityLeakFixture touches shop's own entity: allowed by the directions, refused for a resource.
        JavaClasses leak = new ClassFileImporter().importClasses(EntityLeakFixture.class);
        assertThat(directionRules().stream().noneMatch(r -> r.evaluate(leak).hasViolation())).isTrue();
        assertThat(resourceRule().evaluate(leak).getFailureReport().toString()).contains("EntityLeakFixture");
    }

    private static List<ArchRule> directionRules() {
        List<ArchRule> rules = new ArrayList<>();
        ALLOWED.forEach((from, to) -> {
            List<String> forbidden = ALLOWED.keySet().stream()
                    .filter(p -> !p.equals(from) && !BASE.contains(p) && !to.contains(p))
                    .map(p -> "io.pitstop." + p + "..").toList();
            if (!forbidden.isEmpty()) {
                rules.add(noClasses().that().resideInAPackage("io.pitstop." + from + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because(from + " may use only " + (to.isEmpty() ? "common" : to + " and common"))
                        .allowEmptyShould(true));
            }
        });
        return rules;
    }

    private static List<ArchRule> persistenceRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (String from : ALLOWED.keySet()) {
            if (from.equals("demo")) {
                continue; // the demo seeds every capability's tables
            }
            List<String> forbidden = ALLOWED.keySet().stream().filter(p -> !p.equals(from))
                    .map(p -> "io.pitstop." + p + ".persistence..").toList();
            rules.add(noClasses().that().resideInAPackage("io.pitstop." + from + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("a capability reaches another's data through its services, not its persistence")
                    .allowEmptyShould(true));
        }
        return rules;
    }

    /** Resources parse, authorize, call a service and map its answer: entities never reach them. */
    private static ArchRule resourceRule() {
        return noClasses().that().resideInAPackage("io.pitstop..rest..")
                .should().dependOnClassesThat().resideInAPackage("io.pitstop..persistence..")
                .because("resources call services, which return views; entities never leave the service layer");
    }

    /** The capability of a class: the package under io.pitstop, or null for io.pitstop itself. */
    private static String capability(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("io.pitstop.")) {
            return null;
        }
        String rest = p.substring("io.pitstop.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
