package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.ModuleView;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.worksheet.domain.StartedSheet;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.committeeacademy.worksheet.domain.WorksheetRepository;

/**
 * Worksheets come into being lazily: the first time a seated member or a trainer of the cohort looks, every
 * worksheet template of the cohort's modules (current version) becomes a draft for every seated member.
 */
@ApplicationScoped
public class WorksheetStarter {

    @Inject
    WorksheetRepository worksheets;

    @Inject
    CohortRepository cohorts;

    @Inject
    CurriculumCatalogue catalogue;

    Clock clock = Clock.systemUTC();

    /** Whether a worksheet is missing for one of these members (read in the caller's transaction; no content). */
    public boolean incomplete(long cohortId, List<Long> memberIds) {
        return !memberIds.isEmpty()
                && cohorts.find(cohortId)
                        .map(cohort -> !missing(cohort, memberIds).isEmpty())
                        .orElse(false);
    }

    /**
     * In a transaction of its own: when two first looks race (two tabs, member and trainer), the loser's insert
     * breaks the unique key and only this transaction rolls back; {@link Worksheets} then reads what the winner made.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(long cohortId, List<Long> memberIds) {
        if (!memberIds.isEmpty()) {
            cohorts.find(cohortId).ifPresent(cohort -> missing(cohort, memberIds)
                    .forEach(sheet -> worksheets.add(new Worksheet(
                            cohort.id(), sheet.member(), sheet.moduleKey(), sheet.template(), clock.instant()))));
        }
    }

    private record Missing(long member, String moduleKey, JsonObject template) {}

    /** Compares the keys of the worksheets that exist with the templates, parsed once per curriculum change. */
    private List<Missing> missing(Cohort cohort, List<Long> memberIds) {
        Set<StartedSheet> started = worksheets.started(cohort.id(), memberIds);
        List<Missing> missing = new ArrayList<>();
        for (Module module : cohort.series().modules()) {
            for (JsonObject template : templates(module.key())) {
                String templateKey = template.getString("key");
                memberIds.stream()
                        .filter(member -> !started.contains(new StartedSheet(member, module.key(), templateKey)))
                        .forEach(member -> missing.add(new Missing(member, module.key(), template)));
            }
        }
        return missing;
    }

    private List<JsonObject> templates(String moduleKey) {
        return catalogue
                .derived(moduleKey, "worksheet-templates", WorksheetStarter::templates)
                .orElse(List.of());
    }

    private static List<JsonObject> templates(ModuleView module) {
        JsonValue templates = Jsons.createReader(new StringReader(module.content()))
                .readObject()
                .getOrDefault("worksheets", JsonValue.EMPTY_JSON_ARRAY);
        return templates.getValueType() == JsonValue.ValueType.ARRAY
                ? List.copyOf(templates.asJsonArray().getValuesAs(JsonObject.class))
                : List.of();
    }
}
