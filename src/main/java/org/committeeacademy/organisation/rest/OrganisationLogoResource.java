package org.committeeacademy.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * An organisation's logo: anyone reads it (it shows on public pages and in mails); the admin puts a PNG or JPEG (the
 * raw image as body, checked by its content and re-encoded) or deletes it.
 */
@Path("/organisations/{id}/logo")
@ApplicationScoped
public class OrganisationLogoResource {

    /** Read no further than this: a logo is small, and a larger body is refused without being held in memory. */
    static final int MAX_UPLOAD = 2 * 1024 * 1024;

    @Inject
    Organisations organisations;

    @GET
    @Produces("image/png")
    public Response logo(@PathParam("id") long id) {
        byte[] png = organisations.logo(id).orElseThrow(NotFoundException::new);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(png).cacheControl(cache).build();
    }

    @PUT
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public OrganisationDto change(@PathParam("id") long id, InputStream body) throws IOException {
        byte[] upload = body == null ? new byte[0] : body.readNBytes(MAX_UPLOAD + 1);
        if (upload.length > MAX_UPLOAD) {
            throw new ValidationException("logo", "organisation.logo.tooLarge");
        }
        return OrganisationDto.of(organisations.changeLogo(id, upload));
    }

    @DELETE
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Response remove(@PathParam("id") long id) {
        organisations.changeLogo(id, null);
        return Response.noContent().build();
    }
}
