package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.shared.domain.NotFoundException;

/** The public page of one cohort: dates, venue with address and accessibility, trainers, seats. */
@Named
@RequestScoped
public class PublicCohortPage {

    @Inject
    CohortDirectory directory;

    private String id;
    private CohortDetail cohort;

    /** Runs before rendering; an unknown id or a draft answers 404. */
    public void load() throws IOException {
        try {
            cohort = directory.detail(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public CohortDetail getCohort() {
        return cohort;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
