package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL run of the unit tests takes only classes tagged {@link DatabaseTest}: a test class that reaches
 * {@link TestDatabase} or {@link PostgresTestDatabases} (itself or through a helper such as a fixture) without the tag
 * would never be tried on PostgreSQL. This finds them.
 */
class DatabaseTestsAreTaggedTest {

    private static final Set<String> DATABASES =
            Set.of(TestDatabase.class.getName(), PostgresTestDatabases.class.getName());

    @Test
    void everyTestClassThatReachesATestDatabaseIsTagged() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.committeeacademy");
        Map<JavaClass, List<JavaClass>> nested = classes.stream()
                .filter(c -> c.getEnclosingClass().isPresent())
                .collect(Collectors.groupingBy(c -> c.getEnclosingClass().get()));
        List<String> untagged = classes.stream()
                .filter(c -> c.getSimpleName().endsWith("Test") && c.isTopLevelClass())
                .filter(c -> !c.isEquivalentTo(DatabaseTestsAreTaggedTest.class)) // names the databases, uses none
                .filter(c -> reachesADatabase(c, classes, nested))
                .filter(c -> !c.isAnnotatedWith(DatabaseTest.class))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertEquals(List.of(), untagged, "test classes that use a test database but lack @DatabaseTest");
        assertTrue(
                classes.stream()
                                .filter(c -> c.isAnnotatedWith(DatabaseTest.class))
                                .count()
                        >= 30,
                "the database tests are found (their classes imported)");
    }

    /** Whether the class, or a test class it uses or nests (helpers, fixtures), uses a test database. */
    private static boolean reachesADatabase(
            JavaClass start, JavaClasses tests, Map<JavaClass, List<JavaClass>> nested) {
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            JavaClass c = next.pop();
            if (!seen.add(c)) {
                continue;
            }
            if (DATABASES.contains(c.getName())) {
                return true;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                if (tests.contain(d.getTargetClass().getName())) {
                    next.push(d.getTargetClass());
                }
            }
            nested.getOrDefault(c, List.of()).forEach(next::push);
        }
        return false;
    }
}
