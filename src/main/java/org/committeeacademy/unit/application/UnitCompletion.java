package org.committeeacademy.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.curriculum.application.ModuleUnits;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitAnswerRepository;

/**
 * Which units a member has done in a cohort, for progress. Without a check of the caller: progress decides who asks,
 * and it learns only done or not, never an answer.
 */
@ApplicationScoped
@Transactional
public class UnitCompletion {

    @Inject
    ModuleUnits units;

    @Inject
    UnitAnswerRepository answers;

    /** A module's units for one member: how many there are, the titles of those not done, whether they count. */
    public record ModuleUnitsState(int total, List<String> missing, boolean required) {}

    /** By module key, for the modules of the cohort's series that have units. */
    public Map<String, ModuleUnitsState> of(Cohort cohort, long memberId, Language language) {
        List<UnitAnswer> given = answers.ofMember(cohort.id(), memberId);
        Map<String, ModuleUnitsState> states = new LinkedHashMap<>();
        cohort.series().modules().forEach(m -> {
            List<UnitItem> items = units.of(m.key(), language).stream()
                    .map(u -> UnitPlacements.item(cohort, u, given, language))
                    .toList();
            if (!items.isEmpty()) {
                List<String> missing = items.stream()
                        .filter(i -> !i.done())
                        .map(UnitItem::title)
                        .toList();
                states.put(m.key(), new ModuleUnitsState(items.size(), missing, units.required(m.key())));
            }
        });
        return states;
    }
}
