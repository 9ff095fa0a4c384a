package org.committeeacademy.worksheet.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.rest.EntityTags;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;
import org.committeeacademy.worksheet.domain.ReviewDecision;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One worksheet: its member reads, saves and submits; the cohort's trainers read and review; staff see the status. */
@Tag(name = "Worksheets")
@Path("/worksheets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MEMBER_NAME, Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class WorksheetsResource {

    @Inject
    Worksheets worksheets;

    @Inject
    CurrentUser currentUser;

    @Operation(operationId = "getWorksheet", summary = "Read one worksheet")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "Worksheet")))
    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        WorksheetView worksheet = worksheets.worksheet(id, language());
        return EntityTags.ok(WorksheetJson.of(worksheet), worksheet.version());
    }

    /** {@code {answers: {fieldKey: value}}}: replaces the answers (the autosave of the pages does the same). */
    @Operation(operationId = "saveWorksheet", summary = "Save a worksheet's answers")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "Worksheet")))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") long id, JsonObject body, @HeaderParam("If-Match") String ifMatch) {
        Long expected = EntityTags.expected(ifMatch);
        WorksheetView saved = worksheets.save(id, answers(body, true), language(), expected);
        return EntityTags.ok(WorksheetJson.of(saved), saved.version());
    }

    /** Optionally with {@code {answers}} typed last; read-only afterwards until a trainer asks for a revision. */
    @Operation(operationId = "submitWorksheet", summary = "Submit a worksheet")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "Worksheet")))
    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") long id, String body) {
        JsonObject json = body == null || body.isBlank()
                ? null
                : Jsons.createReader(new StringReader(body)).readObject();
        return WorksheetJson.of(worksheets.submit(id, answers(json, false), language()));
    }

    /** {@code {decision: ACCEPTED or REVISE, comments: {sectionKey: text} or "a general comment"}}. */
    @Operation(operationId = "reviewWorksheet", summary = "Review a submitted worksheet")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(ref = "Worksheet")))
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject review(@PathParam("id") long id, JsonObject body) {
        if (body == null || !(body.get("decision") instanceof JsonString decision)) {
            throw new ValidationException("decision", "worksheet.review.decision");
        }
        ReviewDecision chosen;
        try {
            chosen = ReviewDecision.valueOf(decision.getString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("decision", "worksheet.review.decision");
        }
        return WorksheetJson.of(worksheets.review(id, chosen, comments(body.get("comments")), language()));
    }

    private static JsonObject answers(JsonObject body, boolean required) {
        JsonValue answers = body == null ? null : body.get("answers");
        if (answers == null && !required) {
            return null;
        }
        if (answers == null || answers.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException("answers", "worksheet.answers.required");
        }
        return answers.asJsonObject();
    }

    private static Map<String, String> comments(JsonValue value) {
        Map<String, String> comments = new LinkedHashMap<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return comments;
        }
        if (value instanceof JsonString general) {
            comments.put(Worksheet.GENERAL_COMMENT, general.getString());
            return comments;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationException("comments", "worksheet.review.comments");
        }
        value.asJsonObject().forEach((section, text) -> {
            if (!(text instanceof JsonString s)) {
                throw new ValidationException("comments", "worksheet.review.comments");
            }
            comments.put(section, s.getString());
        });
        return comments;
    }

    private Language language() {
        return currentUser.require().language();
    }
}
