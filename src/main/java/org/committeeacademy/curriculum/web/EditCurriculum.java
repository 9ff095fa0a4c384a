package org.committeeacademy.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.curriculum.application.CurriculumEditing;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** The curriculum editor: series (texts, module order, active or retired) and module texts with a preview. */
@Named
@ViewScoped
public class EditCurriculum implements Serializable {

    private static final String SERIES = EditCurriculum.class.getName() + ".series";
    private static final String MODULES = EditCurriculum.class.getName() + ".modules";

    @Inject
    CurriculumEditing editing;

    @Inject
    PageMessages messages;

    private String seriesKey;
    private TextFields seriesTexts = new TextFields();
    private String moduleToAdd;
    private String newSeriesKey;
    private TextFields newSeriesTexts = new TextFields();
    private String moduleKey;
    private TextFields moduleTexts = new TextFields();
    private String objectivesDe = "";
    private String objectivesEn = "";

    @PostConstruct
    void init() {
        editing.allSeries().stream().findFirst().ifPresent(s -> selectSeries(s.key()));
        editing.allModules().stream().findFirst().ifPresent(m -> selectModule(m.key()));
    }

    public List<Series> getAllSeries() {
        return loadedThisRequest(SERIES, editing::allSeries);
    }

    public List<Module> getAllModules() {
        return loadedThisRequest(MODULES, editing::allModules);
    }

    /** The page asks for the lists many times per render; one query each per request is enough. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> loadedThisRequest(String name, Supplier<List<T>> load) {
        return (List<T>) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(name, k -> load.get());
    }

    private static void forgetLoaded() {
        FacesContext.getCurrentInstance().getAttributes().remove(SERIES);
        FacesContext.getCurrentInstance().getAttributes().remove(MODULES);
    }

    public Series getSeries() {
        return getAllSeries().stream()
                .filter(s -> s.key().equals(seriesKey))
                .findFirst()
                .orElse(null);
    }

    public void selectSeries(String key) {
        seriesKey = key;
        Series series = getSeries();
        seriesTexts = series == null ? new TextFields() : TextFields.of(series.title(), series.summary());
    }

    public void selectModule(String key) {
        moduleKey = key;
        getAllModules().stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .ifPresent(m -> moduleTexts = TextFields.of(m.title(), m.summary()));
        Map<String, List<String>> objectives = editing.objectives(key);
        objectivesDe = String.join("\n", objectives.get("de"));
        objectivesEn = String.join("\n", objectives.get("en"));
    }

    public void saveSeriesTexts() {
        run(() -> editing.editSeriesTexts(seriesKey, seriesTexts.title(), seriesTexts.summary()), "curriculum.saved");
    }

    public void move(String module, int steps) {
        run(() -> editing.moveModule(seriesKey, module, steps), "curriculum.saved");
    }

    public void addModule() {
        run(() -> editing.addModule(seriesKey, moduleToAdd), "curriculum.saved");
    }

    public void markOptional(String module, boolean optional) {
        run(() -> editing.markOptional(seriesKey, module, optional), "curriculum.saved");
    }

    public void removeModule(String module) {
        run(() -> editing.removeModule(seriesKey, module), "curriculum.saved");
    }

    public void setActive(boolean active) {
        run(() -> editing.setActive(seriesKey, active), active ? "curriculum.activated" : "curriculum.retired");
    }

    public void createSeries() {
        run(
                () -> editing.createSeries(newSeriesKey, newSeriesTexts.title(), newSeriesTexts.summary()),
                "curriculum.created");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            selectSeries(newSeriesKey);
            newSeriesKey = null;
            newSeriesTexts = new TextFields();
        }
    }

    public void saveModuleTexts() {
        run(
                () -> editing.editModuleTexts(
                        moduleKey,
                        moduleTexts.title(),
                        moduleTexts.summary(),
                        lines(objectivesDe),
                        lines(objectivesEn)),
                "curriculum.saved");
    }

    /** One objective per line. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private void run(Runnable edit, String successKey) {
        if (messages.attempt(edit, Refusals.onPage().keepingTheForm())) {
            forgetLoaded();
            messages.info(successKey);
        }
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    public void setSeriesKey(String seriesKey) {
        selectSeries(seriesKey);
    }

    public TextFields getSeriesTexts() {
        return seriesTexts;
    }

    public String getModuleToAdd() {
        return moduleToAdd;
    }

    public void setModuleToAdd(String moduleToAdd) {
        this.moduleToAdd = moduleToAdd;
    }

    public String getNewSeriesKey() {
        return newSeriesKey;
    }

    public void setNewSeriesKey(String newSeriesKey) {
        this.newSeriesKey = newSeriesKey == null ? null : newSeriesKey.trim();
    }

    public TextFields getNewSeriesTexts() {
        return newSeriesTexts;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        selectModule(moduleKey);
    }

    public TextFields getModuleTexts() {
        return moduleTexts;
    }

    public String getObjectivesDe() {
        return objectivesDe;
    }

    public void setObjectivesDe(String objectivesDe) {
        this.objectivesDe = objectivesDe;
    }

    public String getObjectivesEn() {
        return objectivesEn;
    }

    public void setObjectivesEn(String objectivesEn) {
        this.objectivesEn = objectivesEn;
    }
}
