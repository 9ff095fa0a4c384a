package org.committeeacademy.cohort.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;

@Path("/cohorts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortsResource {

    @Inject
    CohortCatalogue cohorts;

    /** Open to anyone: the cohorts open for enrolment. */
    @GET
    public List<CohortDto> open() {
        return cohorts.openCohorts().stream().map(CohortDto::of).toList();
    }
}
