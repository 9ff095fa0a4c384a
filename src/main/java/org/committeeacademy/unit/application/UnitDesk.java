package org.committeeacademy.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.application.SeatedMembers;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.curriculum.application.ModuleUnits;
import org.committeeacademy.curriculum.application.UnitOutline;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitAnswerRepository;
import org.committeeacademy.unit.domain.UnitQuestionRef;

/**
 * A member works through the units of a cohort they hold a seat in (confirmed or completed): lists them, opens one,
 * saves one answer at a time. Nobody else reaches a member's answers here.
 */
@ApplicationScoped
@Transactional
public class UnitDesk {

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

    Clock clock = Clock.systemUTC();

    /** The member's work on one unit: its texts and their answers by question key. */
    public record UnitWork(String cohortTitle, UnitItem item, UnitOutline unit, Map<String, UnitAnswer> answers) {}

    /** The units of the cohort's modules in teaching order; empty for anyone without a seat in it. */
    public List<UnitItem> mine(long cohortId, Language language) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Cohort cohort = cohorts.find(cohortId).orElse(null);
        if (cohort == null || !seated.has(cohortId, member.id())) {
            return List.of();
        }
        List<UnitAnswer> given = answers.ofMember(cohortId, member.id());
        return cohort.series().modules().stream()
                .flatMap(m -> units.of(m.key(), language).stream())
                .map(u -> UnitPlacements.item(cohort, u, given, language))
                .toList();
    }

    public UnitWork open(long cohortId, String moduleKey, String unitKey, Language language) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Cohort cohort = seatedCohort(cohortId, member, moduleKey);
        UnitOutline unit = unit(moduleKey, unitKey, language);
        List<UnitAnswer> given = answers.ofMember(cohortId, member.id());
        return new UnitWork(
                cohort.title(),
                UnitPlacements.item(cohort, unit, given, language),
                unit,
                UnitPlacements.ofUnit(given, moduleKey, unitKey));
    }

    /** Saves the options chosen for a single or multiple choice question (none takes the answer back). */
    public void choose(long cohortId, UnitQuestionRef ref, Collection<String> chosen) {
        UnitOutline.Question question = question(ref);
        if (question.reflection()) {
            throw new NotFoundException("question " + ref.questionKey());
        }
        Set<String> offered =
                question.options().stream().map(UnitOutline.Option::key).collect(Collectors.toSet());
        answer(cohortId, ref).choose(chosen, offered, question.multiple(), clock.instant());
    }

    public void reflect(long cohortId, UnitQuestionRef ref, String text) {
        if (!question(ref).reflection()) {
            throw new NotFoundException("question " + ref.questionKey());
        }
        answer(cohortId, ref).reflect(text, clock.instant());
    }

    /** The member's consent to show one reflection to the cohort's trainers, or its withdrawal. */
    public void share(long cohortId, UnitQuestionRef ref, boolean shared) {
        if (!question(ref).reflection()) {
            throw new NotFoundException("question " + ref.questionKey());
        }
        answer(cohortId, ref).share(shared);
    }

    private UnitAnswer answer(long cohortId, UnitQuestionRef ref) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        seatedCohort(cohortId, member, ref.moduleKey());
        return answers.find(cohortId, member.id(), ref).orElseGet(() -> {
            UnitAnswer created = new UnitAnswer(cohortId, member.id(), ref, clock.instant());
            answers.add(created);
            return created;
        });
    }

    private Cohort seatedCohort(long cohortId, Account member, String moduleKey) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        boolean inSeries =
                cohort.series().modules().stream().anyMatch(m -> m.key().equals(moduleKey));
        if (!seated.has(cohortId, member.id()) || !inSeries) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private UnitOutline unit(String moduleKey, String unitKey, Language language) {
        return units.find(moduleKey, unitKey, language)
                .orElseThrow(() -> new NotFoundException("unit " + moduleKey + "/" + unitKey));
    }

    private UnitOutline.Question question(UnitQuestionRef ref) {
        UnitOutline.Question question =
                unit(ref.moduleKey(), ref.unitKey(), Language.DE).question(ref.questionKey());
        if (question == null) {
            throw new NotFoundException("question " + ref.questionKey());
        }
        return question;
    }
}
