package org.committeeacademy.progress.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.progress.application.ProgressRules;
import org.committeeacademy.progress.domain.ProgressRule;
import org.committeeacademy.progress.domain.WorksheetRequirement;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** Staff set a series' rule for completion (/staff/progress-rules.xhtml): attendance share, worksheet, modules. */
@Named
@ViewScoped
public class ProgressRulesPage implements Serializable {

    /** A series to choose, by id and title in the page's language. */
    public record Choice(long id, String title) implements Serializable {}

    /** A module of the chosen series, by key and title; one the series marks optional is optional by any rule. */
    public record ModuleChoice(String key, String title, boolean seriesOptional) implements Serializable {}

    @Inject
    ProgressRules rules;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private List<Choice> series = List.of();
    private List<ModuleChoice> modules = List.of();
    private Long seriesId;
    private int percent;
    private WorksheetRequirement requirement;
    private List<String> required = new ArrayList<>();

    @PostConstruct
    void init() {
        series = rules.series().stream()
                .map(s -> new Choice(s.id(), s.title().in(language.current())))
                .toList();
        if (!series.isEmpty()) {
            seriesId = series.get(0).id();
            choose();
        }
    }

    /** Shows the chosen series' rule (the defaults if it has none yet). */
    public void choose() {
        ProgressRule rule = rules.rule(seriesId);
        Series chosen = rules.series().stream()
                .filter(s -> s.id().equals(seriesId))
                .findFirst()
                .orElseThrow();
        modules = chosen.modules().stream()
                .map(m -> new ModuleChoice(m.key(), m.title().in(language.current()), chosen.isOptional(m.key())))
                .toList();
        percent = rule.minAttendancePercent();
        requirement = rule.worksheetRequirement();
        required = chosen.modules().stream()
                .map(Module::key)
                .filter(k -> rule.isRequired(k) && !chosen.isOptional(k))
                .toList();
        required = new ArrayList<>(required);
    }

    public void save() {
        List<String> optional = modules.stream()
                .filter(m -> !m.seriesOptional())
                .map(ModuleChoice::key)
                .filter(k -> !required.contains(k))
                .toList();
        if (messages.attempt(
                () -> rules.change(seriesId, percent, requirement, optional), Refusals.fieldsAt("rules:"))) {
            messages.info("progress.rule.saved");
        }
    }

    public WorksheetRequirement[] getRequirements() {
        return WorksheetRequirement.values();
    }

    public List<Choice> getSeries() {
        return series;
    }

    public List<ModuleChoice> getModules() {
        return modules;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public int getPercent() {
        return percent;
    }

    public void setPercent(int percent) {
        this.percent = percent;
    }

    public WorksheetRequirement getRequirement() {
        return requirement;
    }

    public void setRequirement(WorksheetRequirement requirement) {
        this.requirement = requirement;
    }

    public List<String> getRequired() {
        return required;
    }

    public void setRequired(List<String> required) {
        this.required = required;
    }
}
