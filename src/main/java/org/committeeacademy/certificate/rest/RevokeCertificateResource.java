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
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff revoke a certificate with a reason; the verification page then says so. */
@Tag(name = "Certificates")
@Path("/certificates/{id}/revoke")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
public class RevokeCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate")
    @POST
    public CertificateDto revoke(@PathParam("id") long id, CertificateRequestDto body) {
        var revoked = certificates.revoke(id, body == null ? null : body.reason());
        return CertificateDto.of(revoked, currentUser.require().language());
    }
}
