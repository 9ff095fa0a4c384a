package org.committeeacademy.worksheet.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.shared.json.Jsons;
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

    Clock clock = Clock.systemUTC();

    /**
     * In a transaction of its own: when two first looks race (two tabs, member and trainer), the loser's insert
     * breaks the unique key and only this transaction rolls back; {@link Worksheets} then reads what the winner made.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(long cohortId, List<Long> memberIds) {
        if (!memberIds.isEmpty()) {
            cohorts.find(cohortId).ifPresent(cohort -> create(cohort, memberIds));
        }
    }

    private void create(Cohort cohort, List<Long> memberIds) {
        List<Worksheet> existing = worksheets.ofCohort(cohort.id());
        for (Module module : cohort.series().modules()) {
            for (JsonObject template : templates(module)) {
                Set<Long> have = existing.stream()
                        .filter(w -> w.moduleKey().equals(module.key())
                                && w.templateKey().equals(template.getString("key")))
                        .map(Worksheet::memberId)
                        .collect(Collectors.toSet());
                memberIds.stream()
                        .filter(member -> !have.contains(member))
                        .forEach(member -> worksheets.add(
                                new Worksheet(cohort.id(), member, module.key(), template, clock.instant())));
            }
        }
    }

    private static List<JsonObject> templates(Module module) {
        return module.currentVersion()
                .map(v -> Jsons.createReader(new StringReader(v.content())).readObject())
                .map(content -> content.getOrDefault("worksheets", JsonValue.EMPTY_JSON_ARRAY))
                .filter(value -> value.getValueType() == JsonValue.ValueType.ARRAY)
                .map(value -> value.asJsonArray().getValuesAs(JsonObject.class))
                .orElse(List.of());
    }
}
