package org.committeeacademy.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.committeeacademy.curriculum.application.CurriculumImport;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.persistence.JpaSeriesRepository;
import org.committeeacademy.shared.persistence.TestDatabase;

/** An in-memory database with the curriculum from modules/ and the demo data set dated from {@code today}. */
public final class DemoDatabase {

    private DemoDatabase() {}

    public static TestDatabase loadedOn(LocalDate today) {
        return loadedOn(today, Map.of());
    }

    /** With further persistence-unit properties (see {@link TestDatabase#TestDatabase(Map)}). */
    public static TestDatabase loadedOn(LocalDate today, Map<String, Object> properties) {
        TestDatabase db = new TestDatabase(properties);
        db.inTransaction(em -> {
            new CurriculumImport(new JpaSeriesRepository(em))
                    .load(new CurriculumFiles(Path.of("modules")), Instant.now());
            new DemoDataSet().load(em, today, Instant.now());
        });
        return db;
    }
}
