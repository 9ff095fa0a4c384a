package org.committeeacademy.curriculum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.content.DescriptorProblem;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.persistence.JpaSeriesRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the real modules/ folder (and broken or changed copies of it) into embedded Derby. */
@DatabaseTest
class CurriculumImportTest {

    private static final Path MODULES = Path.of("modules");

    @TempDir
    Path copy;

    private static CurriculumReport load(TestDatabase db, Path root) {
        AtomicReference<CurriculumReport> report = new AtomicReference<>();
        db.inTransaction(em -> report.set(
                new CurriculumImport(new JpaSeriesRepository(em)).load(new CurriculumFiles(root), Instant.now())));
        return report.get();
    }

    private Path copyOfModules() throws IOException {
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(MODULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    @Test
    void loadsTheSeriesWithItsFourModulesInOrderTheFourthOptional() {
        try (TestDatabase db = new TestDatabase()) {
            CurriculumReport report = load(db, MODULES);

            assertEquals(List.of(), report.problems());
            assertEquals(
                    List.of("local-context", "strategic-goals", "political-advocacy", "winning-people-together"),
                    report.added());
            EntityManager em = db.entityManager();
            Series series = new JpaSeriesRepository(em)
                    .findByKey("integration-committees")
                    .orElseThrow();
            assertEquals(
                    List.of("local-context", "strategic-goals", "political-advocacy", "winning-people-together"),
                    series.modules().stream().map(Module::key).toList());
            assertTrue(series.isOptional("winning-people-together"), "stored in series_optional_module");
            assertFalse(series.isOptional("political-advocacy"));
            Module goals = series.modules().get(1);
            assertEquals("Strategische Ziele entwickeln", goals.title().de());
            assertTrue(goals.currentVersion().orElseThrow().content().contains("\"goals\""));
        }
    }

    @Test
    void aBrokenUnitIsReportedWithFileAndLineAndTheModuleLoadsWithItsOtherUnits() throws IOException {
        Path root = copyOfModules();
        Path unit = root.resolve("01-local-context/units/zahlen-finden.yaml");
        Files.writeString(unit, Files.readString(unit).replace("type: \"single\"", "type: \"essay\""));
        try (TestDatabase db = new TestDatabase()) {
            CurriculumReport report = load(db, root);
            assertEquals(
                    List.of(
                            "01-local-context/units/zahlen-finden.yaml:64: questions[0].type: unknown question type"
                                    + " 'essay' (allowed: single, multiple, reflection)",
                            "01-local-context/units/zahlen-finden.yaml:91: questions[2].type: unknown question type"
                                    + " 'essay' (allowed: single, multiple, reflection)"),
                    report.problems().stream().map(Object::toString).toList());
            String content = new JpaSeriesRepository(db.entityManager())
                    .findModule("local-context")
                    .orElseThrow()
                    .currentVersion()
                    .orElseThrow()
                    .content();
            assertTrue(content.contains("\"wer-entscheidet\"") && content.contains("\"mein-ausschuss\""), content);
            assertFalse(content.contains("\"zahlen-finden\""), "the broken unit is left out");
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        try (TestDatabase db = new TestDatabase()) {
            load(db, MODULES);
            CurriculumReport again = load(db, MODULES);

            assertEquals(4, again.unchanged().size());
            assertEquals(List.of(), again.added());
            assertEquals(List.of(), again.updated());
            Module module = new JpaSeriesRepository(db.entityManager())
                    .findModule("local-context")
                    .orElseThrow();
            assertEquals(1, module.versions().size());
        }
    }

    @Test
    void aChangedModuleBecomesANewVersionAndKeepsTheOldOne() throws IOException {
        try (TestDatabase db = new TestDatabase()) {
            Path root = copyOfModules();
            load(db, root);
            Path descriptor = root.resolve("02-strategic-goals/module.yaml");
            Files.writeString(
                    descriptor, Files.readString(descriptor).replace("durationMinutes: 360", "durationMinutes: 300"));

            CurriculumReport report = load(db, root);

            assertEquals(List.of("strategic-goals"), report.updated());
            Module module = new JpaSeriesRepository(db.entityManager())
                    .findModule("strategic-goals")
                    .orElseThrow();
            assertEquals(2, module.versions().size());
            assertEquals(2, module.currentVersion().orElseThrow().number());
            assertEquals(300, module.durationMinutes());
        }
    }

    @Test
    void aChangedMaterialAlsoMakesANewVersion() throws IOException {
        try (TestDatabase db = new TestDatabase()) {
            Path root = copyOfModules();
            load(db, root);
            try (Stream<Path> materials = Files.list(root.resolve("01-local-context/materials"))) {
                Path material = materials.findFirst().orElseThrow();
                Files.writeString(material, Files.readString(material) + "\nNeu.\n");
            }

            assertEquals(List.of("local-context"), load(db, root).updated());
        }
    }

    @Test
    void aBrokenModuleIsSkippedAndNamedWhileTheRestLoads() throws IOException {
        try (TestDatabase db = new TestDatabase()) {
            Path root = copyOfModules();
            Path descriptor = root.resolve("03-political-advocacy/module.yaml");
            Files.writeString(
                    descriptor, Files.readString(descriptor).replace("key: political-advocacy", "key: [oops"));

            CurriculumReport report = load(db, root);

            assertEquals(List.of("local-context", "strategic-goals", "winning-people-together"), report.added());
            DescriptorProblem problem = report.problems().get(0);
            assertEquals("03-political-advocacy/module.yaml", problem.file());
            assertTrue(problem.line() != null && problem.line() > 0, problem.toString());
            assertTrue(report.problems().stream()
                    .anyMatch(p -> p.file().equals("series.yaml") && p.message().contains("political-advocacy")));
            Series series = new JpaSeriesRepository(db.entityManager())
                    .findByKey("integration-committees")
                    .orElseThrow();
            assertEquals(3, series.modules().size());
        }
    }
}
