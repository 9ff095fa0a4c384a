package org.committeeacademy.curriculum.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.shared.domain.Language;

@Path("/series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    @Inject
    CurriculumCatalogue catalogue;

    /** Open to anyone; {@code ?lang=en} for English titles (German by default). */
    @GET
    public List<SeriesDto> all(@QueryParam("lang") String lang) {
        Language language = Language.fromCode(lang).orElse(Language.defaultLanguage());
        return catalogue.activeSeries().stream()
                .map(s -> SeriesDto.of(s, language))
                .toList();
    }
}
