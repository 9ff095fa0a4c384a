package org.committeeacademy.curriculum.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.persistence.ApplicationStartup.SchemaReady;

/** Loads the curriculum at every start, before anything that needs it (e.g. the demo data). */
@ApplicationScoped
public class CurriculumLoader {

    public static final int STARTUP_PRIORITY = 100;
    private static final System.Logger LOG = System.getLogger(CurriculumLoader.class.getName());

    @Inject
    SeriesRepository series;

    @Inject
    Event<CurriculumChanged> changed;

    private volatile CurriculumReport lastReport;
    private volatile CurriculumFiles files;

    @Transactional
    void loadAtStart(@Observes @Priority(STARTUP_PRIORITY) SchemaReady schemaReady) {
        Path root = AcademySettings.current().curriculumDir().orElseGet(CurriculumLoader::bundledCurriculum);
        files = new CurriculumFiles(root);
        CurriculumReport report = new CurriculumImport(series).load(files, Instant.now());
        report.problems().forEach(p -> LOG.log(Level.WARNING, "Curriculum content skipped: {0}", p));
        LOG.log(
                Level.INFO,
                "Curriculum loaded from {0}: added {1}, updated {2}, unchanged {3}, local texts kept {4}",
                root,
                report.added(),
                report.updated(),
                report.unchanged(),
                report.keptLocalTexts());
        lastReport = report;
        changed.fire(new CurriculumChanged());
    }

    /** The folder the curriculum was loaded from, once it was. */
    Optional<CurriculumFiles> files() {
        return Optional.ofNullable(files);
    }

    public Optional<CurriculumReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** The copy of modules/ the build puts into the application (WEB-INF/classes/curriculum). */
    private static Path bundledCurriculum() {
        URL series = CurriculumLoader.class.getClassLoader().getResource("curriculum/" + CurriculumFiles.SERIES_FILE);
        if (series == null || !"file".equals(series.getProtocol())) {
            throw new IllegalStateException("The bundled curriculum is missing; set ACADEMY_CURRICULUM_DIR");
        }
        try {
            return Path.of(series.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
