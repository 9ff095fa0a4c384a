package org.committeeacademy.unit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.unit.application.CohortUnits;

/** A cohort's trainers and staff: which member has done which unit, and the reflections members chose to share. */
@Named
@RequestScoped
public class CohortUnitsPage {

    @Inject
    CohortUnits units;

    @Inject
    LanguagePreference language;

    private String cohortParam;
    private CohortUnits.Overview overview;

    /** Unknown cohorts and those of another organisation (or not one's own as a trainer) answer 404. */
    public void load() throws IOException {
        try {
            long cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            overview = units.of(cohortId, language.current());
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public CohortUnits.Overview getOverview() {
        return overview;
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }
}
