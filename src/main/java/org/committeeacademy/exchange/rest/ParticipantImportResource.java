package org.committeeacademy.exchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.committeeacademy.exchange.application.ImportPreview;
import org.committeeacademy.exchange.application.ParticipantImport;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A participant list (the exchange format's participants file, docs/exchange-format.md) into a cohort, as the
 * exchange page does it: {@code POST /api/v1/cohorts/{id}/participant-import/preview} answers what each line will do,
 * {@code POST /api/v1/cohorts/{id}/participant-import} does it; both take the CSV as the multipart part {@code file}.
 * Staff of the cohort's organisation and admins.
 */
@Tag(name = "VHS exchange format")
@Path("/cohorts/{id}/participant-import")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantImportResource {

    @Inject
    ImportPreview preview;

    @Inject
    ParticipantImport participantImport;

    public record LineDto(int line, String name, String email, String action, String problem, String column) {}

    public record PreviewDto(List<LineDto> lines, long changes) {}

    public record ResultDto(int confirmed, int waitlisted, int invited, int skipped) {}

    @Operation(
            operationId = "previewParticipantImport",
            summary = "Preview what importing a participant list would do, line by line")
    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public PreviewDto preview(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        byte[] csv = file(parts);
        List<LineDto> lines = refusedAsField(() -> preview.preview(id, csv)).stream()
                .map(l ->
                        new LineDto(l.number(), l.name(), l.email(), l.action().name(), l.problem(), l.column()))
                .toList();
        return new PreviewDto(
                lines,
                lines.stream()
                        .filter(l ->
                                !l.action().startsWith("ALREADY") && !l.action().equals("ERROR"))
                        .count());
    }

    @Operation(operationId = "importParticipants", summary = "Import a participant list into a cohort")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.STAFF_NAME, Role.ADMIN_NAME})
    public ResultDto confirm(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        byte[] csv = file(parts);
        ParticipantImport.Result r = refusedAsField(() -> participantImport.confirm(id, csv));
        return new ResultDto(r.confirmed(), r.waitlisted(), r.invited(), r.skipped());
    }

    /** At most one byte over the limit is read, so the parser can tell a file too large. */
    private static byte[] file(List<EntityPart> parts) throws IOException {
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts)
                .stream()
                        .filter(p -> "file".equals(p.getName()))
                        .findFirst()
                        .orElseThrow(() -> new ValidationException("file", "invitations.csv.empty"));
        try (InputStream content = file.getContent()) {
            return content.readNBytes(InvitationCsv.MAX_BYTES + 1);
        }
    }

    /** The parser's "no list at all" (a message key) is a 400 about the field file. */
    private static <T> T refusedAsField(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new ValidationException("file", e.getMessage());
        }
    }
}
