package org.committeeacademy.survey.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.survey.application.MySurveys;
import org.committeeacademy.survey.application.OpenSurvey;

/** The panel on the member's home page that lists the surveys open for them. */
@Named("openSurveys")
@RequestScoped
public class OpenSurveysPanel {

    @Inject
    MySurveys surveys;

    private List<OpenSurvey> open;

    public List<OpenSurvey> getList() {
        if (open == null) {
            open = surveys.open();
        }
        return open;
    }
}
