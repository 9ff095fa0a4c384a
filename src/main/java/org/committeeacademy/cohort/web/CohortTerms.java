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

    /** The version the form was filled from: saving over a colleague's later change is refused, naming them. */
    private long version;

    public void save() {
        PlanForm sent = getForm();
        if (page.run(() -> planning.revise(page.getId(), sent.toPlan(), version), "cohortPage.terms.saved", "terms:")) {
            version = page.getDetail().version();
        }
    }

    public PlanForm getForm() {
        if (form == null) {
            form = PlanForm.of(page.getDetail());
            version = page.getDetail().version();
        }
        return form;
    }
}
