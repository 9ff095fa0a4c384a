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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Units read per module and language, kept while the catalogue hands out the same module (until a change). */
    private record Read(ModuleView module, List<UnitOutline> units, boolean required) {}

    private final Map<String, Read> read = new ConcurrentHashMap<>();

    /** In the order a member meets them: by session, before it then after it (else by file name). */
    private static final java.util.Comparator<UnitOutline> PLACEMENT_ORDER =
            java.util.Comparator.comparingInt(UnitOutline::session).thenComparing(u -> !u.before());

    public List<UnitOutline> of(String moduleKey, Language language) {
        return read(moduleKey, language).map(Read::units).orElse(List.of());
    }

    private Optional<Read> read(String moduleKey, Language language) {
        Optional<ModuleView> module = catalogue.module(moduleKey);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        String key = moduleKey + "/" + language.code();
        Read known = read.get(key);
        if (known != null && known.module() == module.get()) {
            return Optional.of(known);
        }
        JsonObject content = module.get().shownContent();
        Read fresh = new Read(
                module.get(), units(module.get(), content, language), content.getBoolean("requiresUnits", false));
        read.put(key, fresh); // a bounded map: one entry per module key the catalogue knows and language
        return Optional.of(fresh);
    }

    public Optional<UnitOutline> find(String moduleKey, String unitKey, Language language) {
        return of(moduleKey, language).stream()
                .filter(u -> u.key().equals(unitKey))
                .findFirst();
    }

    /** Whether the module's descriptor says its units count for completion ({@code requiresUnits: true}). */
    public boolean required(String moduleKey) {
        return read(moduleKey, Language.DE).map(Read::required).orElse(false);
    }

    /** A file named by one of the module's units; nothing else of the curriculum folder can be read this way. */
    public Optional<UnitFile> file(String moduleKey, String file) {
        boolean named = of(moduleKey, Language.DE).stream()
                .flatMap(u -> u.pages().stream())
                .anyMatch(p -> (p.image() != null && p.image().file().equals(file))
                        || (p.sheet() != null && p.sheet().file().equals(file)));
        Optional<String> folder = loader.lastReport().map(r -> r.moduleFolders().get(moduleKey));
        Optional<CurriculumFiles> files = loader.files();
        if (!named || folder.isEmpty() || files.isEmpty() || !files.get().exists(folder.get(), file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(files.get().path(folder.get() + "/" + file));
            return Optional.of(new UnitFile(file.substring(file.lastIndexOf('/') + 1), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UnitOutline> units(ModuleView module, JsonObject content, Language language) {
        JsonValue listed = content.get("units");
        if (listed == null || listed.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<JsonObject> raw = listed.asJsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> shown =
                LocalizedJson.in(listed, language).asJsonArray().getValuesAs(JsonObject.class);
        return java.util.stream.IntStream.range(0, raw.size())
                .mapToObj(i -> outline(module.key(), shown.get(i), inEnglish(raw.get(i), language)))
                .sorted(PLACEMENT_ORDER)
                .toList();
    }

    /** Whether the unit is shown in English for want of the language asked for (tr, ar, uk are optional). */
    private static boolean inEnglish(JsonObject unit, Language language) {
        return language != Language.DE
                && language != Language.EN
                && !unit.getJsonObject("title").containsKey(language.code());
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
