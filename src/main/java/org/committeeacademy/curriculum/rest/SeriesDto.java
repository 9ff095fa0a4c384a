package org.committeeacademy.curriculum.rest;

import java.util.List;
import org.committeeacademy.curriculum.application.SeriesView;
import org.committeeacademy.shared.domain.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A series with its ordered modules, titles in the caller's language. */
@Schema(name = "Series")
public record SeriesDto(long id, String key, String title, String summary, List<ModuleDto> modules) {

    /** @param optional true when a member completes the series without this module */
    @Schema(name = "SeriesModule")
    public record ModuleDto(String key, String title, boolean optional) {}

    static SeriesDto of(SeriesView series, Language language) {
        return new SeriesDto(
                series.id(),
                series.key(),
                series.title().in(language),
                series.summary() == null ? null : series.summary().in(language),
                series.modules().stream()
                        .map(m -> new ModuleDto(m.key(), m.title().in(language), m.optional()))
                        .toList());
    }
}
