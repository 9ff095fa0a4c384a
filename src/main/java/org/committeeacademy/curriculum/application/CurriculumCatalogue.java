package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.committeeacademy.curriculum.domain.SeriesRepository;

/**
 * The active series with their modules. The curriculum changes rarely and is read on every public page and API call,
 * so the snapshot of the series and the modules read so far are kept in memory and dropped whenever the curriculum
 * changes (loading modules/, or an edit in the application).
 */
@ApplicationScoped
public class CurriculumCatalogue {

    @Inject
    SeriesRepository series;

    private volatile List<SeriesView> snapshot;
    /** Modules found so far; unknown keys are not remembered, so requests cannot make this grow. */
    private final Map<String, ModuleView> modules = new ConcurrentHashMap<>();

    public List<SeriesView> activeSeries() {
        List<SeriesView> current = snapshot;
        if (current == null) {
            current = series.active().stream().map(SeriesView::of).toList();
            snapshot = current;
        }
        return current;
    }

    /** A module and its current content, for anyone (the catalogue is public). */
    @Transactional
    public Optional<ModuleView> module(String key) {
        ModuleView known = modules.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ModuleView> loaded = load(key);
        loaded.ifPresent(view -> modules.put(key, view));
        return loaded;
    }

    private Optional<ModuleView> load(String key) {
        return series.findModule(key).flatMap(m -> m.currentVersion()
                .map(v -> new ModuleView(
                        m.key(),
                        v.number(),
                        m.title(),
                        m.summary(),
                        m.durationMinutes(),
                        v.content(),
                        m.localObjectives().orElse(null))));
    }

    /** After the transaction that changed the curriculum completes, so no reader re-caches what it replaced. */
    void curriculumChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CurriculumChanged change) {
        snapshot = null;
        modules.clear();
    }
}
