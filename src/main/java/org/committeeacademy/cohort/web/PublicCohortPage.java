package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.shared.domain.NotFoundException;

/** The public page of one cohort: dates, venue with address and accessibility, trainers, seats. */
@Named
@RequestScoped
public class PublicCohortPage {

    /** The enrolment form posts the cohort's id under this name, see {@link #getCohort()}. */
    public static final String ID_PARAMETER = "id";

    @Inject
    CohortDirectory directory;

    @Inject
    Organisations organisations;

    private Optional<Organisation> provider;

    private String id;
    private CohortDetail cohort;

    /** Runs before rendering; an unknown id or a draft answers 404. */
    public void load() throws IOException {
        try {
            cohort = directory.detail(parse(id));
        } catch (NumberFormatException | NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** After an enrolment changed the seats. */
    public void reload() {
        cohort = directory.detail(cohort.id());
    }

    /**
     * On a postback the page's parts ask for the cohort before the view parameter is applied and the view action
     * (which runs only on a GET) has loaded it, so it is loaded from the id the enrolment form posted. Other forms
     * (logout) post no id: then there is no cohort, and the page's parts are skipped.
     */
    /** The organisation that runs the cohort, with its contacts; null where the cohort has none. */
    public Organisation getProvider() {
        if (provider == null && getCohort() != null) {
            provider = organisations.publicProfile(getCohort().organisationId());
        }
        return provider == null ? null : provider.orElse(null);
    }

    public CohortDetail getCohort() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (cohort == null && faces.isPostback()) {
            String posted = faces.getExternalContext().getRequestParameterMap().get(ID_PARAMETER);
            try {
                cohort = posted == null ? null : directory.detail(parse(posted));
            } catch (NumberFormatException | NotFoundException e) {
                cohort = null;
            }
        }
        return cohort;
    }

    private static long parse(String value) {
        return Long.parseLong(value == null ? "" : value.strip());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
