package org.committeeacademy.certificate.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone may check a certificate by its code; an unknown code is 404. */
@Tag(name = "Certificates")
@Path("/certificates/{code}/verification")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Certificates certificates;

    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate by its code")
    @SecurityRequirementsSet
    @GET
    @PermitAll
    public VerificationDto verify(@PathParam("code") String code) {
        return certificates
                .verify(code)
                .map(v -> VerificationDto.of(v, Language.defaultLanguage()))
                .orElseThrow(() -> new NotFoundException("certificate " + code));
    }
}
