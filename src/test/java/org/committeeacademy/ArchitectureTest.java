package org.committeeacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The architecture as rules the build checks (ARCHITECTURE.md explains them): features form one order, each using only
 * features below it; a domain knows nothing of pages, HTTP or the EntityManager; the EntityManager stays in persistence
 * packages; pages and REST resources sit on top of their feature, never underneath it.
 */
@AnalyzeClasses(packages = "org.committeeacademy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.committeeacademy.";

    /** Bottom first: a feature may use the ones before it, never one after it. A new feature gets its place here. */
    static final List<String> FEATURES = List.of(
            "shared",
            "audit",
            "identity",
            "backup",
            "organisation",
            "committee",
            "council",
            "privacy",
            "curriculum",
            "venue",
            "cohort",
            "enrolment",
            "attendance",
            "calendar",
            "material",
            "unit",
            "progress",
            "certificate",
            "worksheet",
            "goal",
            "project",
            "notification",
            "profile",
            "survey",
            "dashboard",
            "exchange",
            "webhook",
            "demo");

    @ArchTest
    static final ArchRule featuresUseOnlyFeaturesBelowThem = featureLayers();

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching(BASE + "(*)..")
            .should()
            .beFreeOfCycles()
            .as("features have no cycles")
            .because("a cycle makes two features one that cannot be understood, tested or changed apart");

    @ArchTest
    static final ArchRule domainKnowsNoPagesHttpOrEntityManager = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .as("domain classes do not depend on Faces, JAX-RS, Servlets or the EntityManager")
            .because("the rules live on the aggregates and are unit-tested without a container;"
                    + " JPA annotations on entities are fine, queries belong in persistence");

    @ArchTest
    static final ArchRule entityManagerOnlyInPersistence = noClasses()
            .that()
            .resideOutsideOfPackages("..persistence..", BASE + "demo..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .as("the EntityManager is used only in persistence packages (and by the demo data)")
            .because(
                    "a repository interface in domain, implemented by Jpa* in persistence, keeps queries in one place");

    @ArchTest
    static final ArchRule pagesAndResourcesSitOnTop = noClasses()
            .that()
            .resideInAnyPackage("..domain..", "..application..", "..persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..rest..", "..web..")
            .as("domain, application and persistence classes do not use rest or web classes")
            .because("pages and REST resources call application services; the services must work without them");

    private static ArchRule featureLayers() {
        LayeredArchitecture layers = layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String feature : FEATURES) {
            layers = layers.layer(feature).definedBy(BASE + feature + "..");
        }
        for (int i = 0; i < FEATURES.size() - 1; i++) {
            String[] above = FEATURES.subList(i + 1, FEATURES.size()).toArray(String[]::new);
            layers = layers.whereLayer(FEATURES.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        return layers.whereLayer(FEATURES.get(FEATURES.size() - 1))
                .mayNotBeAccessedByAnyLayer()
                .as("features use only features below them: " + String.join(" <- ", FEATURES))
                .because("the order is the architecture's map (ARCHITECTURE.md): talk down through application"
                        + " services, up through CDI events and ports");
    }
}
