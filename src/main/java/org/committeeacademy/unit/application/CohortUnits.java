package org.committeeacademy.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.application.SeatedMembers;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.curriculum.application.ModuleUnits;
import org.committeeacademy.curriculum.application.UnitOutline;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitAnswerRepository;

/**
 * What a cohort's trainers and its organisation's staff see of the units: per member which units are done, and the
 * reflections a member chose to share. Never a chosen option, never an unshared reflection.
 */
@ApplicationScoped
@Transactional
public class CohortUnits {

    @Inject
    CohortRepository cohorts;

    @Inject
    SeatedMembers seated;

    @Inject
    ModuleUnits units;

    @Inject
    UnitAnswerRepository answers;

    @Inject
    CurrentUser currentUser;

    public record SharedReflection(String unitTitle, String question, String text) {}

    public record MemberUnits(long memberId, String name, List<UnitItem> units, List<SharedReflection> shared) {

        public long done() {
            return units.stream().filter(UnitItem::done).count();
        }
    }

    public record Overview(long cohortId, String cohortTitle, List<UnitItem> units, List<MemberUnits> members) {}

    public Overview of(long cohortId, Language language) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account caller = currentUser.require();
        if (!currentUser.manages(cohort.organisationId()) && !TrainerRule.actsAsTrainer(cohort, caller)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        List<UnitOutline> all = cohort.series().modules().stream()
                .flatMap(m -> units.of(m.key(), language).stream())
                .toList();
        Map<Long, List<UnitAnswer>> byMember =
                answers.ofCohort(cohortId).stream().collect(Collectors.groupingBy(UnitAnswer::memberId));
        List<MemberUnits> members = new ArrayList<>();
        for (Enrolment e : seated.byMember(cohortId).values()) {
            List<UnitAnswer> given = byMember.getOrDefault(e.member().id(), List.of());
            List<UnitItem> items = all.stream()
                    .map(u -> UnitPlacements.item(cohort, u, given, language))
                    .toList();
            members.add(new MemberUnits(e.member().id(), e.member().name(), items, shared(all, given)));
        }
        List<UnitItem> listed = all.stream()
                .map(u -> UnitPlacements.item(cohort, u, List.of(), language))
                .toList();
        return new Overview(cohortId, cohort.title(), listed, members);
    }

    private static List<SharedReflection> shared(List<UnitOutline> all, List<UnitAnswer> given) {
        List<SharedReflection> shared = new ArrayList<>();
        for (UnitAnswer a : given) {
            if (!a.isShared() || !a.isAnswered()) {
                continue;
            }
            all.stream()
                    .filter(u -> a.question().inUnit(u.moduleKey(), u.key()))
                    .findFirst()
                    .ifPresent(u -> {
                        UnitOutline.Question q = u.question(a.question().questionKey());
                        if (q != null && q.reflection()) {
                            shared.add(new SharedReflection(u.title(), q.text(), a.text()));
                        }
                    });
        }
        return shared;
    }
}
