package org.committeeacademy.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.survey.application.CohortResults;
import org.committeeacademy.survey.application.SurveyFigures;
import org.committeeacademy.survey.application.SurveyResults;

/** /team/survey-results.xhtml?cohort=: a cohort's survey results for staff and its trainers (texts: staff). */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    @Inject
    SurveyResults results;

    private String cohort;
    private transient CohortResults shown;

    public void load() throws IOException {
        try {
            shown = results.ofCohort(Long.parseLong(cohort == null ? "" : cohort.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public int getMinimumGroup() {
        return SurveyFigures.MIN_GROUP;
    }

    public CohortResults getResults() {
        return shown;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
