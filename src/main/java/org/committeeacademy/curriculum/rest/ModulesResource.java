package org.committeeacademy.curriculum.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.ModuleMaterials;
import org.committeeacademy.curriculum.application.ModuleView;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.json.Jsons;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Curriculum")
@Path("/modules")
@ApplicationScoped
public class ModulesResource {

    @Inject
    CurriculumCatalogue catalogue;

    @Inject
    ModuleMaterials handouts;

    /**
     * Open to anyone: a module's title, summary, objectives, agenda, materials and worksheet templates, in the
     * language of {@code ?lang=} (German by default), from its current version.
     */
    @Operation(operationId = "getModule", summary = "Read one curriculum module")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(ref = "CurriculumModule")))
    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject module(@PathParam("key") String key, @QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.defaultLanguage());
        ModuleView module = catalogue.module(key).orElseThrow(() -> new NotFoundException("module " + key));
        JsonObject content = LocalizedJson.in(module.shownContent(), language).asJsonObject();
        return Jsons.createObjectBuilder()
                .add("key", module.key())
                .add("version", module.version())
                .add("title", module.title().in(language))
                .add("summary", module.summary().in(language))
                .add("durationMinutes", module.durationMinutes())
                .add("objectives", content.getOrDefault("objectives", JsonObject.EMPTY_JSON_ARRAY))
                .add("agenda", content.getOrDefault("agenda", JsonObject.EMPTY_JSON_ARRAY))
                .add("materials", content.getOrDefault("materials", JsonObject.EMPTY_JSON_ARRAY))
                .add("worksheets", content.getOrDefault("worksheets", JsonObject.EMPTY_JSON_ARRAY))
                .build();
    }

    /** Open to anyone, like the module: one of its handouts as Markdown, by the path the module lists it under. */
    @Operation(operationId = "getModuleHandout", summary = "Download a module's handout (Markdown)")
    @SecurityRequirementsSet
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "text/markdown",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{key}/materials/{file: .+}")
    @Produces("text/markdown; charset=UTF-8")
    public Response handout(@PathParam("key") String key, @PathParam("file") String file) {
        ModuleMaterials.HandoutText text = handouts.read(key, file, Language.defaultLanguage())
                .orElseThrow(() -> new NotFoundException("module material " + key + "/" + file));
        return Response.ok(text.markdown())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + text.handout().fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
