package org.committeeacademy.cohort.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.shared.domain.Language;

/**
 * What the cohort forms offer to choose from, read once per view and kept as plain values (no entities in the view
 * state): series with their modules in order, venues with their active rooms, and trainers.
 */
public record PlanningChoices(List<SeriesOption> series, List<VenueOption> venues, List<Option> trainers)
        implements Serializable {

    public record Option(long id, String label) implements Serializable {}

    public record ModuleOption(String key, String title) implements Serializable {}

    public record RoomOption(long id, String name, int seats) implements Serializable {}

    public record SeriesOption(long id, String title, List<ModuleOption> modules) implements Serializable {}

    public record VenueOption(long id, String name, List<RoomOption> rooms) implements Serializable {}

    public static PlanningChoices load(CohortDirectory directory, Language language) {
        return new PlanningChoices(
                directory.seriesChoices().stream()
                        .map(s -> new SeriesOption(
                                s.id(),
                                s.title().in(language),
                                s.modules().stream()
                                        .map(m -> new ModuleOption(
                                                m.key(), m.title().in(language)))
                                        .toList()))
                        .toList(),
                directory.venueChoices().stream()
                        .map(v -> new VenueOption(
                                v.id(),
                                v.name(),
                                v.activeRooms().stream()
                                        .map(r -> new RoomOption(r.id(), r.name(), r.seats()))
                                        .toList()))
                        .toList(),
                directory.trainerChoices().stream()
                        .map(t -> new Option(t.id(), t.name()))
                        .toList());
    }

    public List<ModuleOption> modulesOf(Long seriesId) {
        return series.stream()
                .filter(s -> seriesId != null && s.id() == seriesId)
                .findFirst()
                .map(SeriesOption::modules)
                .orElse(List.of());
    }

    public List<RoomOption> roomsOf(Long venueId) {
        return venue(venueId).map(VenueOption::rooms).orElse(List.of());
    }

    /** The rooms a cohort of this size fits into. */
    public List<RoomOption> roomsOf(Long venueId, int capacity) {
        return roomsOf(venueId).stream().filter(r -> r.seats() >= capacity).toList();
    }

    public String moduleTitle(Long seriesId, String moduleKey) {
        return modulesOf(seriesId).stream()
                .filter(m -> m.key().equals(moduleKey))
                .map(ModuleOption::title)
                .findFirst()
                .orElse(moduleKey);
    }

    private Optional<VenueOption> venue(Long venueId) {
        return venues.stream().filter(v -> venueId != null && v.id() == venueId).findFirst();
    }
}
