package org.committeeacademy.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff issue a certificate by hand, with a reason (e.g. a module made up elsewhere). */
@Tag(name = "Certificates")
@Path("/cohorts/{id}/certificates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class CohortCertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Operation(operationId = "issueCertificate", summary = "Issue a participant's certificate")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "CertificateDto")))
    @POST
    public Response issue(@PathParam("id") long cohortId, CertificateRequestDto body) {
        if (body == null || body.memberId() == null) {
            throw new ValidationException("memberId", "validation.required");
        }
        var issued = certificates.issueManually(cohortId, body.memberId(), body.reason());
        return Response.status(Response.Status.CREATED)
                .entity(CertificateDto.of(issued, currentUser.require().language()))
                .build();
    }
}
