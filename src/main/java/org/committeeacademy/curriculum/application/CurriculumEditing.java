package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.domain.NotFoundException;

/** Staff and admins edit the curriculum in the application; every edit is a local change the loader keeps. */
@ApplicationScoped
@Transactional
public class CurriculumEditing {

    @Inject
    SeriesRepository repository;

    @Inject
    CurriculumCatalogue catalogue;

    @Inject
    Event<CurriculumChanged> changed;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<Series> allSeries() {
        requireEditor();
        List<Series> all = repository.all();
        all.forEach(s -> s.modules().size());
        return all;
    }

    @Transactional
    public List<Module> allModules() {
        requireEditor();
        return repository.modules();
    }

    public void createSeries(String key, LocalizedText title, LocalizedText summary) {
        requireEditor();
        if (repository.findByKey(key).isPresent()) {
            throw new ConflictException("curriculum.key.taken");
        }
        repository.add(Series.create(key, title, summary));
        changed.fire(new CurriculumChanged());
    }

    public void editSeriesTexts(String seriesKey, LocalizedText title, LocalizedText summary) {
        series(seriesKey).editTexts(title, summary);
        changed.fire(new CurriculumChanged());
    }

    public void moveModule(String seriesKey, String moduleKey, int steps) {
        series(seriesKey).moveModule(moduleKey, steps);
        changed.fire(new CurriculumChanged());
    }

    public void addModule(String seriesKey, String moduleKey) {
        series(seriesKey).addModule(module(moduleKey));
        changed.fire(new CurriculumChanged());
    }

    /** Optional modules are not needed to complete the series; certificates list them only when taken. */
    public void markOptional(String seriesKey, String moduleKey, boolean optional) {
        series(seriesKey).markOptional(moduleKey, optional);
        changed.fire(new CurriculumChanged());
    }

    public void removeModule(String seriesKey, String moduleKey) {
        series(seriesKey).removeModule(moduleKey);
        changed.fire(new CurriculumChanged());
    }

    public void setActive(String seriesKey, boolean active) {
        Series series = series(seriesKey);
        if (active) {
            series.activate();
        } else {
            series.retire();
        }
        changed.fire(new CurriculumChanged());
    }

    public void editModuleTexts(
            String moduleKey,
            LocalizedText title,
            LocalizedText summary,
            List<String> objectivesDe,
            List<String> objectivesEn) {
        requireEditor();
        Module module = module(moduleKey);
        module.editTexts(title, summary);
        module.editObjectives(objectivesDe, objectivesEn);
        changed.fire(new CurriculumChanged());
    }

    /** A module's units as the editor starts from them: the content's JSON, with earlier edits. */
    @Transactional
    public List<JsonObject> units(String moduleKey) {
        requireEditor();
        return catalogue
                .module(moduleKey)
                .map(view -> view.shownContent().getJsonArray("units"))
                .map(units -> units.getValuesAs(JsonObject.class))
                .orElse(List.of());
    }

    /**
     * A unit's German and English texts (title, summary, each page's title and Markdown text), as a local change;
     * {@code texts} has the shape of {@link ModuleView#shownContent()}'s units, reduced to those texts.
     */
    public void editUnitTexts(String moduleKey, String unitKey, JsonObject texts) {
        requireEditor();
        Module module = module(moduleKey);
        boolean known = catalogue
                .module(moduleKey)
                .map(view -> view.shownContent().getJsonArray("units"))
                .map(units -> units.getValuesAs(JsonObject.class).stream()
                        .anyMatch(u -> u.getString("key").equals(unitKey)))
                .orElse(false);
        if (!known) {
            throw new NotFoundException("unit " + moduleKey + "/" + unitKey);
        }
        module.editUnitTexts(unitKey, texts);
        changed.fire(new CurriculumChanged());
    }

    /** The objectives as the editor starts from them: edited ones, else the current version's, per language. */
    @Transactional
    public Map<String, List<String>> objectives(String moduleKey) {
        requireEditor();
        return catalogue
                .module(moduleKey)
                .map(view -> {
                    JsonObject objectives = view.shownContent().getJsonObject("objectives");
                    return Map.of(
                            "de", objectives.getJsonArray("de").getValuesAs(JsonString::getString),
                            "en", objectives.getJsonArray("en").getValuesAs(JsonString::getString));
                })
                .orElse(Map.of("de", List.of(), "en", List.of()));
    }

    private Series series(String key) {
        requireEditor();
        return repository.findByKey(key).orElseThrow(() -> new NotFoundException("series " + key));
    }

    private Module module(String key) {
        return repository.findModule(key).orElseThrow(() -> new NotFoundException("module " + key));
    }

    /** The curriculum is shared by all organisations: staff, the state coordinator and admins keep it. */
    private void requireEditor() {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
    }
}
