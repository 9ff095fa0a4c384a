package org.committeeacademy.exchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.exchange.application.CohortExchange;
import org.committeeacademy.exchange.domain.ExchangeLayout;
import org.committeeacademy.identity.domain.Role;

/**
 * One cohort in the VHS exchange format (docs/exchange-format.md):
 * {@code GET /api/v1/cohorts/{id}/export?format=csv|xlsx&part=cohorts|sessions|participants}. Staff of the cohort's
 * organisation (404 for another's), admins, and the coordinator without participants.
 */
@Path("/cohorts/{id}/export")
@ApplicationScoped
public class CohortExportResource {

    @Inject
    CohortExchange exchange;

    @GET
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response export(
            @PathParam("id") long id,
            @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("part") @DefaultValue("cohorts") String part) {
        ExchangeLayout.Part which = ExchangeDownload.part(format, part);
        return ExchangeDownload.of(exchange.cohort(id), format, which, "kurs-" + id);
    }
}
