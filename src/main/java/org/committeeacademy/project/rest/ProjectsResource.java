package org.committeeacademy.project.rest;

import static org.committeeacademy.project.rest.ProjectInputs.number;
import static org.committeeacademy.project.rest.ProjectInputs.value;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.project.application.PhotoCheck;
import org.committeeacademy.project.application.ProjectView;
import org.committeeacademy.project.application.ProjectWork;
import org.committeeacademy.project.application.Projects;
import org.committeeacademy.project.domain.CheckInAnswers;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.project.domain.ProjectDetails;
import org.committeeacademy.project.domain.ProjectRole;
import org.committeeacademy.project.domain.ProjectStatus;
import org.committeeacademy.project.domain.Residence;
import org.committeeacademy.project.rest.ProjectInputs.CheckInInput;
import org.committeeacademy.project.rest.ProjectInputs.ParticipantInput;
import org.committeeacademy.project.rest.ProjectInputs.ResidenceInput;
import org.committeeacademy.project.rest.ProjectInputs.StatusInput;
import org.committeeacademy.project.rest.ProjectInputs.UpdateInput;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Local projects: the committee's confirmed members, the project's people, the trainers of its cohort and staff of its
 * organisation read them (anyone else gets 404); members and trainers start them; its coordinators change them.
 */
@Tag(name = "Projects")
@Path("/projects")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    ProjectWork work;

    @Inject
    PhotoCheck photoCheck;

    @Operation(operationId = "listProjects", summary = "List projects")
    @GET
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public List<ProjectView> list() {
        return projects.list();
    }

    @Operation(operationId = "getProject", summary = "Read one project")
    @GET
    @Path("{id}")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public ProjectView get(@PathParam("id") long id) {
        return projects.get(id);
    }

    /** The wording a project would start with from the canvas of this module-4 worksheet. */
    @Operation(operationId = "projectCanvas", summary = "Read the project canvas prefilled from a worksheet")
    @GET
    @Path("canvas/{worksheetId}")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectDetails canvas(@PathParam("worksheetId") long worksheetId) {
        return projects.fromCanvas(worksheetId);
    }

    @Operation(operationId = "createProject", summary = "Start a project")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "ProjectView")))
    @POST
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public Response create(ProjectInput body, @Context UriInfo uri) {
        ProjectInput input = required(body);
        ProjectView created = projects.create(input.details(), input.worksheetId(), input.committeeId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(operationId = "describeProject", summary = "Change a project's description")
    @PUT
    @Path("{id}")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView describe(@PathParam("id") long id, ProjectInput body) {
        return work.describe(id, required(body).details());
    }

    @Operation(operationId = "changeProjectStatus", summary = "Change a project's status")
    @PUT
    @Path("{id}/status")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView status(@PathParam("id") long id, StatusInput body) {
        return work.changeStatus(
                id, value(ProjectStatus.class, "status", required(body).status(), true));
    }

    @Operation(operationId = "addProjectParticipant", summary = "Add a participant to a project")
    @POST
    @Path("{id}/participants")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView addParticipant(@PathParam("id") long id, ParticipantInput body) {
        ParticipantInput input = required(body);
        return work.addParticipant(id, input.email(), value(ProjectRole.class, "role", input.role(), true));
    }

    @Operation(operationId = "removeProjectParticipant", summary = "Remove a participant from a project")
    @DELETE
    @Path("{id}/participants/{accountId}")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView removeParticipant(@PathParam("id") long id, @PathParam("accountId") long accountId) {
        return work.removeParticipant(id, accountId);
    }

    /** A confirmed member of the project's committee joins it as Mitmachende (PARTICIPANT). */
    @Operation(operationId = "joinProject", summary = "Join a project oneself")
    @POST
    @Path("{id}/participants/me")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView joinMyself(@PathParam("id") long id) {
        return work.joinMyself(id);
    }

    /** The caller's own, optional description as a participant. */
    @Operation(operationId = "describeMyProjectRole", summary = "Describe one's own part in a project")
    @PUT
    @Path("{id}/participants/me")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public ProjectView describeMyself(@PathParam("id") long id, ResidenceInput body) {
        return work.describeMyself(
                id, value(Residence.class, "residence", required(body).residence(), false));
    }

    @Operation(operationId = "postProjectUpdate", summary = "Post an update to a project")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "ProjectView")))
    @POST
    @Path("{id}/updates")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public Response post(@PathParam("id") long id, UpdateInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(work.post(id, required(body).text(), List.of()))
                .build();
    }

    /** The same as multipart/form-data: a part {@code text} and up to three parts {@code photo} (JPEG or PNG). */
    @Operation(operationId = "postProjectUpdateWithPhotos", summary = "Post an update with photos to a project")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "ProjectView")))
    @POST
    @Path("{id}/updates")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postWithPhotos(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        UpdateParts update = UpdateParts.read(parts, photoCheck);
        return Response.status(Response.Status.CREATED)
                .entity(work.post(id, update.text(), update.photos()))
                .build();
    }

    /** A photo of one of the project's updates, as it was stored (re-encoded, without camera metadata). */
    @Operation(operationId = "getProjectPhoto", summary = "Download a project photo")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @GET
    @Path("{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png"})
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        Photo photo = projects.photo(id, photoId);
        return Response.ok(photo.bytes(), photo.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @Operation(operationId = "checkInProject", summary = "Check in on a project's progress")
    @APIResponse(
            responseCode = "201",
            description = "Created; the Location header names the new object",
            content = @Content(schema = @Schema(ref = "ProjectView")))
    @POST
    @Path("{id}/check-ins")
    @RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME})
    public Response checkIn(@PathParam("id") long id, CheckInInput body) {
        CheckInInput input = required(body);
        CheckInAnswers answers = ProjectInputs.answers(input);
        return Response.status(Response.Status.CREATED)
                .entity(work.checkIn(id, number(input.checkpoint(), "checkpoint"), answers))
                .build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "validation.required");
        }
        return body;
    }
}
