package org.committeeacademy.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.committeeacademy.cohort.application.CohortPlanning;

/** The terms form on the staff's cohort page: everything of the cohort's plan, saved as one revision. */
@Named
@ViewScoped
public class CohortTerms implements Serializable {

    @Inject
    CohortPage page;

    @Inject
    CohortPlanning planning;

    private PlanForm form;

    public void save() {
        page.run(() -> planning.revise(page.getId(), getForm().toPlan()), "cohortPage.terms.saved", "terms:");
    }

    public PlanForm getForm() {
        if (form == null) {
            form = PlanForm.of(page.getDetail());
        }
        return form;
    }
}
