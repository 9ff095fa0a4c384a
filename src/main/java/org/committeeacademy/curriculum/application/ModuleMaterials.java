package org.committeeacademy.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.curriculum.content.CurriculumFiles;
import org.committeeacademy.curriculum.content.LocalizedJson;
import org.committeeacademy.shared.domain.Language;

/**
 * The handouts that come with a module (its {@code materials/} folder), as its current version lists them. Like the
 * rest of the catalogue they are open to anyone; only a file the module lists can be read, so a name cannot reach
 * anything else in the curriculum folder.
 */
@ApplicationScoped
public class ModuleMaterials {

    @Inject
    CurriculumCatalogue catalogue;

    @Inject
    CurriculumLoader loader;

    /** One handout, its texts in the language asked for; {@code language} is the language the handout is in. */
    public record Handout(String moduleKey, String file, String language, String title, String description) {

        public String fileName() {
            return file.substring(file.lastIndexOf('/') + 1);
        }
    }

    public record HandoutText(Handout handout, String moduleTitle, String markdown) {}

    /** The module's handouts, those in {@code shownIn} first; none for an unknown module. */
    public List<Handout> of(String moduleKey, Language shownIn) {
        return catalogue
                .derived(moduleKey, "handouts/" + shownIn.code(), m -> handouts(m, shownIn))
                .orElse(List.of());
    }

    public Optional<HandoutText> read(String moduleKey, String file, Language shownIn) {
        Optional<ModuleView> module = catalogue.module(moduleKey);
        Optional<Handout> handout = module.flatMap(m ->
                handouts(m, shownIn).stream().filter(h -> h.file().equals(file)).findFirst());
        Optional<String> folder = loader.lastReport().map(r -> r.moduleFolders().get(moduleKey));
        Optional<CurriculumFiles> files = loader.files();
        if (handout.isEmpty() || folder.isEmpty() || files.isEmpty()) {
            return Optional.empty();
        }
        String path = folder.get() + "/" + file;
        if (!files.get().exists(folder.get(), file)) {
            return Optional.empty();
        }
        return Optional.of(new HandoutText(
                handout.get(), module.get().title().in(shownIn), files.get().read(path)));
    }

    private static List<Handout> handouts(ModuleView module, Language shownIn) {
        JsonValue listed = module.shownContent().get("materials");
        if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return LocalizedJson.in(listed, shownIn).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .map(o -> new Handout(
                        module.key(),
                        o.getString("file"),
                        o.getString("language", shownIn.code()),
                        o.getString("title", o.getString("file")),
                        text(o, "description")))
                .sorted(Comparator.comparing((Handout h) -> !h.language().equals(shownIn.code())))
                .toList();
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : "";
    }
}
