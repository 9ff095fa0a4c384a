package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.Language;

/**
 * The self-paced units of the modules, as their current versions hold them (with texts edited in the application).
 * Like the catalogue they are curriculum content, open to anyone; the answers belong to the unit feature.
 */
@ApplicationScoped
public class ModuleUnits {

    @Inject
    CurriculumCatalogue catalogue;

    @Inject
    CurriculumLoader loader;

    /** A file a unit names (an image or a sheet) with its name. */
    public record UnitFile(String name, byte[] content) {}

    public List<UnitOutline> of(String moduleKey, Language language) {
        return catalogue.module(moduleKey).map(m -> units(m, language)).orElse(List.of());
    }

    public Optional<UnitOutline> find(String moduleKey, String unitKey, Language language) {
        return of(moduleKey, language).stream()
                .filter(u -> u.key().equals(unitKey))
                .findFirst();
    }

    /** Whether the module's descriptor says its units count for completion ({@code requiresUnits: true}). */
    public boolean required(String moduleKey) {
        return catalogue
                .module(moduleKey)
                .map(m -> m.shownContent().getBoolean("requiresUnits", false))
                .orElse(false);
    }

    /** A file named by one of the module's units; nothing else of the curriculum folder can be read this way. */
    public Optional<UnitFile> file(String moduleKey, String file) {
        boolean named = of(moduleKey, Language.DE).stream()
                .flatMap(u -> u.pages().stream())
                .anyMatch(p -> (p.image() != null && p.image().file().equals(file))
                        || (p.sheet() != null && p.sheet().file().equals(file)));
        Optional<String> folder = loader.lastReport().map(r -> r.moduleFolders().get(moduleKey));
        Optional<CurriculumFiles> files = loader.files();
        if (!named || folder.isEmpty() || files.isEmpty() || !files.get().exists(folder.get() + "/" + file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(files.get().path(folder.get() + "/" + file));
            return Optional.of(new UnitFile(file.substring(file.lastIndexOf('/') + 1), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UnitOutline> units(ModuleView module, Language language) {
        JsonValue listed = module.shownContent().get("units");
        if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        boolean english = language != Language.DE && language != Language.EN;
        return LocalizedJson.in(listed, language).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> outline(module.key(), u, english))
                .toList();
    }

    private static UnitOutline outline(String moduleKey, JsonObject u, boolean english) {
        JsonObject placement = u.getJsonObject("placement");
        List<UnitOutline.Page> pages = u.getJsonArray("pages").getValuesAs(JsonObject.class).stream()
                .map(p -> new UnitOutline.Page(
                        p.getString("title"),
                        p.getString("text"),
                        p.containsKey("image")
                                ? new UnitOutline.Image(
                                        p.getJsonObject("image").getString("file"),
                                        p.getJsonObject("image").getString("alt"))
                                : null,
                        p.containsKey("video")
                                ? new UnitOutline.Video(
                                        p.getJsonObject("video").getString("url"),
                                        p.getJsonObject("video").getString("title"))
                                : null,
                        p.containsKey("sheet")
                                ? new UnitOutline.Sheet(
                                        p.getJsonObject("sheet").getString("file"),
                                        p.getJsonObject("sheet").getString("title"))
                                : null))
                .toList();
        List<UnitOutline.Question> questions = u.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .map(q -> new UnitOutline.Question(
                        q.getString("key"), q.getString("type"), q.getString("text"), options(q)))
                .toList();
        return new UnitOutline(
                moduleKey,
                u.getString("key"),
                u.getString("title"),
                u.getString("summary", ""),
                placement.getInt("session"),
                "before".equals(placement.getString("when")),
                u.getInt("minutes", 0),
                pages,
                questions,
                english);
    }

    private static List<UnitOutline.Option> options(JsonObject question) {
        JsonArray options = question.getJsonArray("options");
        if (options == null) {
            return List.of();
        }
        return options.getValuesAs(JsonObject.class).stream()
                .map(o ->
                        new UnitOutline.Option(o.getString("key"), o.getString("text"), o.getBoolean("correct", false)))
                .toList();
    }
}
