package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.curriculum.domain.SeriesRepository;

/**
 * The active series with their modules. The curriculum changes rarely and is read on every public page and API call,
 * so the snapshot is kept in memory and dropped whenever the curriculum changes.
 */
@ApplicationScoped
public class CurriculumCatalogue {

    @Inject
    SeriesRepository series;

    private volatile List<SeriesView> snapshot;

    public List<SeriesView> activeSeries() {
        List<SeriesView> current = snapshot;
        if (current == null) {
            current = series.active().stream().map(SeriesView::of).toList();
            snapshot = current;
        }
        return current;
    }

    /** A module and its current content, for anyone (the catalogue is public). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleView> module(String key) {
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

    public void curriculumChanged() {
        snapshot = null;
    }
}
