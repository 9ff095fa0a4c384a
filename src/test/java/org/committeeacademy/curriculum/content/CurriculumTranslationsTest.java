package org.committeeacademy.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The curriculum in the members' languages: descriptors may carry tr, ar and uk besides de and en; what a language
 * lacks is reported with file and line and falls back to English; the shipped modules have every text in all five:
 * titles, summaries, objectives, agenda, material titles and descriptions, worksheet introductions, section help and
 * field labels (the validator reports no gap for tr, ar or uk).
 */
class CurriculumTranslationsTest {

    private static final String SAMPLE = """
            key: sample
            order: 1
            title: {de: "Beispiel", en: "Example", tr: "Örnek", ar: "مثال", uk: "Приклад"}
            summary: {de: "Kurz", en: "Short", tr: "Kısa"}
            durationMinutes: 60
            objectives:
              de: ["Ziel"]
              en: ["Goal"]
              uk: ["Ціль"]
            agenda:
              - start: "10:00"
                end: "11:00"
                title: {de: "Start", en: "Start", tr: "Başlangıç", ar: "البداية", uk: "Початок"}
            """;

    private final DescriptorParser parser = new DescriptorParser();

    @Test
    void aTranslatedTitleIsShownInItsLanguageAndAMissingOneInEnglish() throws Exception {
        ModuleDescriptor module = parser.parseModule("99-sample/module.yaml", SAMPLE, path -> false);

        assertEquals("مثال", module.title().in(Language.AR));
        assertEquals("Örnek", module.title().in(Language.TR));
        assertEquals("Kısa", module.summary().in(Language.TR));
        assertEquals("Short", module.summary().in(Language.UK), "no Ukrainian summary: English");
        assertEquals("Beispiel", module.title().in(Language.DE));
    }

    @Test
    void theValidatorListsWhatEachLanguageLacksWithFileAndLine() throws Exception {
        ModuleDescriptor module = parser.parseModule("99-sample/module.yaml", SAMPLE, path -> false);

        assertEquals(
                Set.of(
                        "99-sample/module.yaml:4: summary has no 'ar' text",
                        "99-sample/module.yaml:7: objectives has no 'ar' text"),
                gaps(module.gaps(), "ar"));
        assertEquals(Set.of("99-sample/module.yaml:4: summary has no 'uk' text"), gaps(module.gaps(), "uk"));
        assertEquals(Set.of("99-sample/module.yaml:7: objectives has no 'tr' text"), gaps(module.gaps(), "tr"));
    }

    @Test
    void aLanguageTheApplicationDoesNotKnowIsAnError() {
        String french = SAMPLE.replace("tr: \"Kısa\"", "fr: \"Court\"");

        DescriptorException e = assertThrows(
                DescriptorException.class, () -> parser.parseModule("99-sample/module.yaml", french, path -> false));
        assertTrue(
                e.problems().get(0).message().contains("unknown key 'fr'"),
                e.problems().toString());
        assertEquals(4, e.problems().get(0).line());
    }

    @Test
    void theContentOfAWorksheetResolvesToTheMembersLanguage() {
        JsonObject label = Json.createObjectBuilder()
                .add(
                        "label",
                        Json.createObjectBuilder()
                                .add("de", "Name")
                                .add("en", "Name")
                                .add("uk", "Ім’я"))
                .build();

        assertEquals("Ім’я", LocalizedJson.in(label, Language.UK).asJsonObject().getString("label"));
        assertEquals("Name", LocalizedJson.in(label, Language.AR).asJsonObject().getString("label"));
    }

    /** Every module folder shipped under modules/, so a new module is checked, too. */
    static List<String> shippedModules() throws Exception {
        try (Stream<Path> folders = Files.list(Path.of("modules"))) {
            List<String> names = folders.filter(dir -> Files.isRegularFile(dir.resolve("module.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
            assertTrue(names.size() >= 4, names.toString());
            return names;
        }
    }

    @ParameterizedTest
    @MethodSource("shippedModules")
    void theShippedModulesHaveEveryTextInFiveLanguages(String folder) throws Exception {
        Path dir = Path.of("modules", folder);
        ModuleDescriptor module = parser.parseModule(
                folder + "/module.yaml",
                Files.readString(dir.resolve("module.yaml")),
                path -> Files.isRegularFile(dir.resolve(path)));

        assertEquals(List.of(), module.gaps(), "the validator's gap list for " + folder);
        for (Language language : List.of(Language.TR, Language.AR, Language.UK)) {
            assertTrue(!module.title().in(language).equals(module.title().en()), folder + " in " + language);
        }
    }

    @Test
    void theSeriesHasItsTitleAndSummaryInFiveLanguages() throws Exception {
        SeriesDescriptor series =
                parser.parseSeries("series.yaml", Files.readString(Path.of("modules", "series.yaml")));

        assertEquals(List.of(), series.gaps());
        assertTrue(series.title().in(Language.UK).startsWith("Навчальний цикл"));
    }

    private static Set<String> gaps(List<TranslationGap> gaps, String language) {
        return gaps.stream()
                .filter(g -> g.language().equals(language))
                .map(TranslationGap::toString)
                .collect(Collectors.toSet());
    }
}
