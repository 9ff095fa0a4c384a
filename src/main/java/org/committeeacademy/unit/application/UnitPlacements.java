package org.committeeacademy.unit.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.curriculum.application.UnitOutline;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.unit.domain.UnitAnswer;

/** Places a cohort's units at its sessions and counts a member's answers; no state, no checks. */
final class UnitPlacements {

    private UnitPlacements() {}

    /**
     * The number (1-based, across the cohort) of the module's n-th session that takes place; the module's last one
     * when it has fewer; 0 when it has none.
     */
    static int sessionNumber(Cohort cohort, String moduleKey, int nth) {
        List<Session> sessions = cohort.activeSessions().stream()
                .sorted(Comparator.comparing(Session::start))
                .toList();
        List<Session> ofModule = sessions.stream()
                .filter(s -> s.module().key().equals(moduleKey))
                .toList();
        if (ofModule.isEmpty()) {
            return 0;
        }
        Session session = ofModule.get(Math.min(nth, ofModule.size()) - 1);
        return sessions.indexOf(session) + 1;
    }

    static UnitItem item(Cohort cohort, UnitOutline unit, List<UnitAnswer> answers, Language language) {
        Set<String> answered = answers.stream()
                .filter(a -> a.question().inUnit(unit.moduleKey(), unit.key()) && a.isAnswered())
                .map(a -> a.question().questionKey())
                .collect(Collectors.toSet());
        long counted = unit.questions().stream()
                .filter(q -> answered.contains(q.key()))
                .count();
        String moduleTitle = cohort.series().modules().stream()
                .filter(m -> m.key().equals(unit.moduleKey()))
                .findFirst()
                .map(m -> m.title().in(language))
                .orElse(unit.moduleKey());
        return new UnitItem(
                cohort.id(),
                unit.moduleKey(),
                moduleTitle,
                unit.key(),
                unit.title(),
                unit.summary(),
                unit.before(),
                sessionNumber(cohort, unit.moduleKey(), unit.session()),
                unit.minutes(),
                (int) counted,
                unit.questions().size());
    }

    /** Answers by question key, for one unit. */
    static Map<String, UnitAnswer> ofUnit(List<UnitAnswer> answers, String moduleKey, String unitKey) {
        return answers.stream()
                .filter(a -> a.question().inUnit(moduleKey, unitKey))
                .collect(Collectors.toMap(a -> a.question().questionKey(), a -> a, (a, b) -> a));
    }
}
