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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curriculum in the members' languages: descriptors may carry tr, ar and uk besides de and en; what a language
 * lacks is reported with file and line and falls back to English; the shipped modules have every title, summary,
 * objective, agenda item and worksheet label in all five.
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

    /** Texts the issue asks for in every language; material descriptions, introductions and help may still lag. */
    private static final Pattern ALLOWED_GAP =
            Pattern.compile("materials\\[\\d+]\\.(title|description)|.*\\.introduction|.*\\.help");

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

    @ParameterizedTest
    @ValueSource(
            strings = {"01-local-context", "02-strategic-goals", "03-political-advocacy", "04-winning-people-together"})
    void theShippedModulesHaveTheirTitlesObjectivesAgendaAndWorksheetLabelsInFiveLanguages(String folder)
            throws Exception {
        Path dir = Path.of("modules", folder);
        ModuleDescriptor module = parser.parseModule(
                folder + "/module.yaml",
                Files.readString(dir.resolve("module.yaml")),
                path -> Files.isRegularFile(dir.resolve(path)));

        List<TranslationGap> missing = module.gaps().stream()
                .filter(g -> !ALLOWED_GAP.matcher(g.path()).matches())
                .toList();
        assertEquals(List.of(), missing);
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
