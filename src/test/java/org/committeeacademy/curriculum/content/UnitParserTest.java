package org.committeeacademy.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The self-paced units' format (modules/README.md): every problem with file and line; the shipped units load. */
class UnitParserTest {

    private static final String FILE = "99-sample/units/sample-unit.yaml";
    private static final Predicate<String> FILES = Set.of("units/pic.svg", "units/sheet.md")::contains;

    /** A small valid unit; each test breaks one thing in it (the line numbers are those of the assertions). */
    private static final String SAMPLE = """
            key: "sample-unit"
            title: {de: "Titel", en: "Title"}
            placement: {session: 1, when: "before"}
            minutes: 10
            pages:
              - title: {de: "Seite", en: "Page"}
                text: {de: "Text **fett**", en: "Text **bold**"}
                image: {file: "units/pic.svg", alt: {de: "Bild", en: "Picture"}}
                video: {url: "https://example.org/v", title: {de: "Film", en: "Film"}}
                sheet: {file: "units/sheet.md", title: {de: "Blatt", en: "Sheet"}}
            questions:
              - key: "one"
                type: "single"
                text: {de: "Frage", en: "Question"}
                options:
                  - {key: "a", text: {de: "A", en: "A"}, correct: true}
                  - {key: "b", text: {de: "B", en: "B"}}
              - key: "two"
                type: "reflection"
                text: {de: "Und Sie?", en: "And you?"}
            """;

    private final DescriptorParser parser = new DescriptorParser();

    @Test
    void aValidUnitIsReadWithItsPagesAndQuestions() throws DescriptorException {
        Map<String, Object> unit = parser.parseUnit(FILE, SAMPLE, FILES);
        assertEquals("sample-unit", unit.get("key"));
        assertEquals(1, ((List<?>) unit.get("pages")).size());
        assertEquals(2, ((List<?>) unit.get("questions")).size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "key: \"sample-unit\"|key: \"other\"|1|key: 'other' must be the file's name without .yaml ('sample-unit')",
                "session: 1, when: \"before\"|session: 0, when: \"before\"|3|placement.session: must be at least 1, not 0",
                "when: \"before\"|when: \"during\"|3|placement.when: unknown placement 'during' (allowed: before, after)",
                "units/pic.svg|units/missing.svg|8|pages[0].image.file: file 'units/missing.svg' does not exist in the"
                        + " module folder",
                "units/sheet.md|../x.md|10|pages[0].sheet.file: '../x.md' must be a relative path inside the module"
                        + " folder, with / and without '..'",
                "units/pic.svg|/etc/passwd|8|pages[0].image.file: '/etc/passwd' must be a relative path inside the"
                        + " module folder, with / and without '..'",
                "units/sheet.md|units/../../x.md|10|pages[0].sheet.file: 'units/../../x.md' must be a relative path"
                        + " inside the module folder, with / and without '..'",
                "units/pic.svg|C:/x.svg|8|pages[0].image.file: 'C:/x.svg' must be a relative path inside the module"
                        + " folder, with / and without '..'",
                "https://example.org/v|http://example.org/v|9|pages[0].video.url: 'http://example.org/v' must be an"
                        + " https:// address",
                "type: \"single\"|type: \"essay\"|13|questions[0].type: unknown question type 'essay' (allowed:"
                        + " single, multiple, reflection)",
                ", correct: true}|}|16|questions[0].options: mark at least one option 'correct: true'",
                "{key: \"b\", text: {de: \"B\", en: \"B\"}}|{key: \"b\", text: {de: \"B\", en: \"B\"}, correct: true}|16"
                        + "|questions[0].options: a 'single' question has exactly one correct option, not 2",
                "key: \"two\"|key: \"one\"|18|questions[1].key: duplicate question key 'one' (must be unique within"
                        + " the unit)",
                "text: {de: \"Und Sie?\", en: \"And you?\"}|text: {de: \"Und Sie?\"}|20|questions[1].text: missing"
                        + " required key 'en'",
                "minutes: 10|minuten: 10|4|minuten: unknown key 'minuten' (allowed: key, title, placement, pages, questions,"
                        + " minutes, summary)",
            })
    void eachProblemNamesFileAndLine(String find, String replace, int line, String message) {
        assertTrue(SAMPLE.contains(find), find);
        String broken = SAMPLE.replace(find, replace);
        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseUnit(FILE, broken, FILES));
        assertTrue(
                e.problems().contains(new DescriptorProblem(FILE, line, message)),
                () -> "expected " + FILE + ":" + line + ": " + message + " in " + e.problems());
    }

    @Test
    void aReflectionHasNoOptionsAndAChoiceNeedsThem() {
        String broken = SAMPLE.replace("type: \"single\"", "type: \"reflection\"")
                .replace("type: \"reflection\"\n    text: {de: \"Und", "type: \"multiple\"\n    text: {de: \"Und");
        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseUnit(FILE, broken, FILES));
        assertEquals(
                List.of(
                        FILE + ":16: questions[0].options: a reflection has no options",
                        FILE + ":18: questions[1]: a question of type 'multiple' needs 'options'"),
                e.problems().stream().map(DescriptorProblem::toString).toList());
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        DescriptorException e = assertThrows(
                DescriptorException.class, () -> parser.parseUnit(FILE, "key: \"x\"\ntitle: [unclosed\n", FILES));
        assertEquals(FILE, e.problems().get(0).file());
        assertTrue(e.problems().get(0).line() != null && e.problems().get(0).line() >= 2, e.problems()::toString);
    }

    /** Every shipped unit is valid, has 3–4 questions and 250–450 words in each language. */
    @Test
    void theShippedUnitsAreValid() throws IOException, DescriptorException {
        CurriculumFiles files = new CurriculumFiles(Path.of("modules"));
        int units = 0;
        for (String folder : files.moduleFolders()) {
            for (String unitFile : files.unitFiles(folder)) {
                String path = folder + "/" + unitFile;
                Map<String, Object> unit = parser.parseUnit(path, files.read(path), p -> files.exists(folder, p));
                int questions = ((List<?>) unit.get("questions")).size();
                assertTrue(questions >= 3 && questions <= 4, path + " has " + questions + " questions");
                for (String language : List.of("de", "en")) {
                    int words = words(unit, language);
                    assertTrue(words >= 250 && words <= 450, path + " has " + words + " words in " + language);
                }
                units++;
            }
        }
        assertTrue(units >= 9, "three units for each of the three core modules, found " + units);
    }

    private static int words(Object node, String language) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("de") && map.containsKey("en")) {
                return map.get(language).toString().split("\\s+").length;
            }
            return map.values().stream().mapToInt(v -> words(v, language)).sum();
        }
        if (node instanceof List<?> list) {
            return list.stream().mapToInt(v -> words(v, language)).sum();
        }
        return 0;
    }
}
