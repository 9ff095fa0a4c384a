package org.committeeacademy.curriculum.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.SeriesView;
import org.committeeacademy.shared.domain.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Curriculum")
@Path("/series")
@ApplicationScoped
public class SeriesResource {

    /** The JSON of one curriculum snapshot in one language; rendered again only when the curriculum changes. */
    private record Rendered(List<SeriesView> snapshot, String json) {}

    private Jsonb jsonb;
    private final Map<Language, Rendered> rendered = new ConcurrentHashMap<>();

    @Inject
    CurriculumCatalogue catalogue;

    @PostConstruct
    void init() {
        jsonb = JsonbBuilder.create();
    }

    /** Open to anyone; {@code ?lang=en} for English titles (German by default). */
    @Operation(operationId = "listSeries", summary = "List the curriculum's series with their modules")
    @SecurityRequirementsSet
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "200",
            description = "the active series with their ordered modules",
            content = @Content(schema = @Schema(ref = "SeriesList")))
    public String all(@QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.defaultLanguage());
        List<SeriesView> snapshot = catalogue.activeSeries();
        Rendered current = rendered.get(language);
        if (current == null || current.snapshot() != snapshot) {
            List<SeriesDto> series =
                    snapshot.stream().map(s -> SeriesDto.of(s, language)).toList();
            current = new Rendered(snapshot, jsonb.toJson(series));
            rendered.put(language, current);
        }
        return current.json();
    }
}
