package org.committeeacademy.progress.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.application.SeatedMembers;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceRepository;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.progress.domain.ModuleFacts;
import org.committeeacademy.progress.domain.ProgressRule;
import org.committeeacademy.progress.domain.ProgressRuleRepository;
import org.committeeacademy.progress.domain.SeriesProgress;
import org.committeeacademy.progress.domain.UnitFacts;
import org.committeeacademy.progress.domain.WorksheetState;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.unit.application.UnitCompletion;

/**
 * Progress as the series' rule sees it: members see their own, a cohort's trainers and staff see everyone's in it.
 * Attendance counts the module's sessions that take place; the worksheet's state comes from {@link WorksheetStates}.
 */
@ApplicationScoped
@Transactional
public class ProgressBook {

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeatedMembers seated;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ProgressRuleRepository rules;

    @Inject
    WorksheetStates worksheets;

    @Inject
    UnitCompletion units;

    @Inject
    CurrentUser currentUser;

    /** The caller's progress in each cohort they hold a seat in (confirmed or completed), newest first. */
    public List<CohortProgressView> mine() {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        // the cohorts only, not the histories ofMember reads for the API; the member's own enrolment (one per cohort)
        // says whether they are seated, so no cohort's roster is read
        return enrolments.coursesOf(member.id()).stream()
                .filter(e -> e.status().isSeated())
                .map(e -> view(e.cohort(), member))
                .toList();
    }

    public CohortProgressView mineIn(long cohortId) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        // the roster, although only the member's own enrolment counts: reading that alone (EnrolmentRepository.of,
        // which refreshes it) cost the page more statements, not fewer (demo data: 23 against 22, 27 against 25)
        Enrolment enrolment = seated.byMember(cohortId).get(member.id());
        if (enrolment == null) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return view(enrolment.cohort(), member);
    }

    /** Every seated member's progress in the cohort, for its trainers and staff. */
    public List<CohortProgressView> cohort(long cohortId) {
        Cohort cohort = managed(cohortId);
        return seated.byMember(cohortId).values().stream()
                .map(e -> view(cohort, e.member()))
                .toList();
    }

    /** Without a check of the caller: for the certificate feature, which decides who asks. */
    public SeriesProgress evaluate(Cohort cohort, long memberId) {
        return evaluate(cohort, memberId, Language.defaultLanguage());
    }

    /** {@code language} is that of the titles of the units still missing. */
    private SeriesProgress evaluate(Cohort cohort, long memberId, Language language) {
        return rule(cohort).evaluate(facts(cohort, memberId, language));
    }

    public Cohort managed(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account caller = currentUser.require();
        boolean staff = currentUser.manages(cohort.organisationId());
        if (!staff && !TrainerRule.actsAsTrainer(cohort, caller)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private CohortProgressView view(Cohort cohort, Account member) {
        SeriesProgress progress =
                evaluate(cohort, member.id(), currentUser.require().language());
        List<Module> modules = cohort.series().modules();
        List<ModuleLine> lines = progress.modules().stream()
                .map(p -> new ModuleLine(p.moduleKey(), title(modules, p.moduleKey()), p))
                .toList();
        return new CohortProgressView(
                cohort.id(),
                cohort.title(),
                cohort.series().title(),
                member.id(),
                member.name(),
                lines,
                progress.isComplete());
    }

    private static org.committeeacademy.shared.domain.LocalizedText title(List<Module> modules, String key) {
        return modules.stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .map(Module::title)
                .orElseThrow();
    }

    private List<ModuleFacts> facts(Cohort cohort, long memberId, Language language) {
        Set<Long> present = attendance.ofMemberInCohort(memberId, cohort.id()).stream()
                .filter(a -> a.is(AttendanceStatus.PRESENT))
                .map(Attendance::session)
                .map(Session::id)
                .collect(Collectors.toSet());
        Map<String, List<Session>> sessions = cohort.activeSessions().stream()
                .collect(Collectors.groupingBy(s -> s.module().key()));
        Map<String, WorksheetState> states = worksheets.of(memberId, cohort.id());
        Map<String, UnitCompletion.ModuleUnitsState> unitStates = units.of(cohort, memberId, language);
        return cohort.series().modules().stream()
                .map(m -> {
                    Collection<Session> held = sessions.getOrDefault(m.key(), List.of());
                    int attended = (int)
                            held.stream().filter(s -> present.contains(s.id())).count();
                    return new ModuleFacts(
                            m.key(),
                            held.size(),
                            attended,
                            states.getOrDefault(m.key(), WorksheetState.NONE),
                            cohort.series().isOptional(m.key()),
                            unitFacts(unitStates.get(m.key())));
                })
                .toList();
    }

    private static UnitFacts unitFacts(UnitCompletion.ModuleUnitsState state) {
        return state == null ? UnitFacts.NONE : new UnitFacts(state.total(), state.missing(), state.required());
    }

    ProgressRule rule(Cohort cohort) {
        return rules.find(cohort.series().id())
                .orElseGet(() -> new ProgressRule(cohort.series().id()));
    }
}
