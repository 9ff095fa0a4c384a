package org.committeeacademy.curriculum.application;

import java.util.List;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.shared.domain.LocalizedText;

/** A read-only snapshot of a series and its modules, safe to share between requests. */
public record SeriesView(long id, String key, LocalizedText title, LocalizedText summary, List<ModuleView> modules) {

    /** @param optional whether a member completes the series without this module */
    public record ModuleView(
            String key, LocalizedText title, LocalizedText summary, int durationMinutes, boolean optional) {}

    static SeriesView of(Series series) {
        return new SeriesView(
                series.id(),
                series.key(),
                series.title(),
                series.summary(),
                series.modules().stream()
                        .map(m -> new ModuleView(
                                m.key(), m.title(), m.summary(), m.durationMinutes(), series.isOptional(m.key())))
                        .toList());
    }
}
