package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.domain.SurveyFormRepository;
import org.committeeacademy.survey.domain.SurveyItem;
import org.committeeacademy.survey.domain.SurveySchedules;

/** The survey each series asks: the standard set until staff adapt it for the series. */
@ApplicationScoped
@Transactional
public class SurveyForms {

    @Inject
    SurveyFormRepository forms;

    @Inject
    SurveySchedules schedules;

    @Inject
    CurrentUser currentUser;

    public SurveyForm ofSeries(long seriesId) {
        return forms.formOf(seriesId).orElseGet(SurveyForm::standard);
    }

    public SurveyForm of(long cohortId) {
        return schedules.seriesOfCohort(cohortId).map(this::ofSeries).orElseGet(SurveyForm::standard);
    }

    /** Staff only; see {@link SurveyForm#revisedTo(List)} for what is refused. */
    public SurveyForm save(long seriesId, List<SurveyItem> items) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        SurveyForm revised = ofSeries(seriesId).revisedTo(items);
        forms.saveForm(seriesId, revised);
        return revised;
    }
}
