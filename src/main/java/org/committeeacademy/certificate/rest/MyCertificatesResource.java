package org.committeeacademy.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Certificates")
@Path("/me/certificates")
@ApplicationScoped
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MyCertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentUser currentUser;

    @Operation(operationId = "myCertificates", summary = "List one's certificates")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CertificateDto> mine() {
        var language = currentUser.require().language();
        return certificates.mine().stream()
                .map(c -> CertificateDto.of(c, language))
                .toList();
    }

    /** The PDF of one of the caller's certificates; its QR code points at this server's verification page. */
    @Operation(operationId = "myCertificatePdf", summary = "Download one's certificate as PDF")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @Context UriInfo uri) {
        String base = uri.getBaseUri().resolve("/").toString();
        return Response.ok(certificates.pdf(id, base))
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }
}
