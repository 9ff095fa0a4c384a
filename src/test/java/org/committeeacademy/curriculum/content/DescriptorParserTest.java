package org.committeeacademy.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorParserTest {

    private static final String FILE = "99-sample/module.yaml";
    private static final Predicate<String> ONLY_SAMPLE_MATERIAL = Set.of("materials/a.de.md")::contains;

    /** A small valid module; each test breaks one thing in it (line numbers are noted for the assertions). */
    private static final String SAMPLE = """
            key: sample
            order: 1
            title: {de: "Beispiel", en: "Example"}
            summary: {de: "  Kurz, mit Leerzeichen ", en: "Short"}
            durationMinutes: 60
            objectives:
              de: ["Ziel"]
              en: ["Goal"]
            agenda:
              - start: "10:00"
                end: "11:00"
                title: {de: "Start", en: "Start"}
            materials:
              - file: materials/a.de.md
                language: de
                title: {de: "A", en: "A (German)"}
                description: {de: "D", en: "D"}
            worksheets:
              - key: sheet
                title: {de: "Blatt", en: "Sheet"}
                introduction: {de: "Intro", en: "Intro"}
                sections:
                  - key: one
                    title: {de: "Eins", en: "One"}
                    fields:
                      - key: name
                        type: text
                        label: {de: "Name", en: "Name"}
                      - key: rows
                        type: table
                        label: {de: "Zeilen", en: "Rows"}
                        required: true
                        columns:
                          - key: col
                            label: {de: "Spalte", en: "Column"}
            """;

    private final DescriptorParser parser = new DescriptorParser();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "01-local-context | local-context | 1 | Lokalen Kontext verstehen | Understanding the local context",
                "02-strategic-goals | strategic-goals | 2 | Strategische Ziele entwickeln | Developing strategic goals",
                "03-political-advocacy | political-advocacy | 3 | Politische Interessenvertretung | Political advocacy",
                "04-winning-people-together | winning-people-together | 4 | Gemeinsam gewinnen | Winning people together"
            })
    void realModulesParse(String folder, String key, int order, String titleDe, String titleEn) throws Exception {
        ModuleDescriptor module = parseRealModule(folder);

        assertEquals(key, module.key());
        assertEquals(order, module.order());
        assertEquals(titleDe, module.title().de());
        assertEquals(titleEn, module.title().en());
        assertEquals(360, module.durationMinutes());
        assertEquals(key, module.content().get("key"));
        assertFalse(((List<?>) module.content().get("materials")).isEmpty());
    }

    @Test
    void realModuleContentKeepsFileOrderTypesAndQuotedTimes() throws Exception {
        Map<String, Object> content = parseRealModule("01-local-context").content();

        assertEquals(
                List.of(
                        "key",
                        "order",
                        "title",
                        "summary",
                        "durationMinutes",
                        "objectives",
                        "agenda",
                        "materials",
                        "worksheets"),
                List.copyOf(content.keySet()));
        assertEquals(1, content.get("order"));
        Map<?, ?> firstSlot = (Map<?, ?>) ((List<?>) content.get("agenda")).get(0);
        assertEquals("10:00", firstSlot.get("start"));
        Map<?, ?> firstField = (Map<?, ?>) fields(content).get(0);
        assertEquals("council", firstField.get("key"));
        assertEquals(Boolean.TRUE, firstField.get("required"));
    }

    @Test
    void strategicGoalsWorksheetHasAGoalsField() throws Exception {
        Map<String, Object> content = parseRealModule("02-strategic-goals").content();

        assertTrue(
                fields(content).stream().anyMatch(f -> "goals".equals(((Map<?, ?>) f).get("type"))),
                "a field of type goals");
    }

    @Test
    void realSeriesListsTheFourModulesInOrderTheFourthOptional() throws Exception {
        SeriesDescriptor series =
                parser.parseSeries("series.yaml", Files.readString(Path.of("modules", "series.yaml")));

        assertEquals("integration-committees", series.key());
        assertEquals(
                List.of("local-context", "strategic-goals", "political-advocacy", "winning-people-together"),
                series.moduleKeys());
        assertEquals(List.of("winning-people-together"), series.optionalKeys());
        assertTrue(series.title().en().startsWith("Qualification series"));
    }

    @Test
    void winningPeopleTogetherHasTheThreePartWorksheet() throws Exception {
        Map<String, Object> content =
                parseRealModule("04-winning-people-together").content();
        Map<?, ?> worksheet = (Map<?, ?>) ((List<?>) content.get("worksheets")).get(0);

        assertEquals("outreach-and-project", worksheet.get("key"));
        assertEquals(
                List.of("outreach", "talents", "construction-site", "first-steps"),
                ((List<?>) worksheet.get("sections"))
                        .stream().map(s -> ((Map<?, ?>) s).get("key")).toList());
        assertEquals(4, ((List<?>) content.get("materials")).size(), "two materials, each in German and English");
    }

    @Test
    void aSeriesWithoutOptionalModulesHasNone() throws Exception {
        String yaml = """
                key: series
                title: {de: "Reihe", en: "Series"}
                summary: {de: "Kurz", en: "Short"}
                modules: [local-context, strategic-goals]
                """;

        assertEquals(List.of(), parser.parseSeries("series.yaml", yaml).optionalKeys());
    }

    @Test
    void optionalModulesMustBeModulesOfTheSeriesOnceAndNotAllOfThem() {
        String yaml = """
                key: series
                title: {de: "Reihe", en: "Series"}
                summary: {de: "Kurz", en: "Short"}
                modules: [local-context, strategic-goals]
                optional:
                  - strategic-goals
                  - winning-people
                  - strategic-goals
                """;

        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseSeries("series.yaml", yaml));

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertProblem(e.problems(), 7, "optional: 'winning-people' is not one of the series' modules");
        assertProblem(e.problems(), 8, "optional[2]: duplicate optional module key 'strategic-goals'");
    }

    @Test
    void aSeriesNeedsAtLeastOneRequiredModule() {
        String yaml = """
                key: series
                title: {de: "Reihe", en: "Series"}
                summary: {de: "Kurz", en: "Short"}
                modules: [local-context]
                optional: [local-context]
                """;

        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseSeries("series.yaml", yaml));

        assertEquals(
                "optional: at least one module of the series must be required, not optional",
                single(e.problems()).message());
    }

    @Test
    void sampleIsValidAndKeepsTextsAsGiven() throws Exception {
        ModuleDescriptor module = parser.parseModule(FILE, SAMPLE, ONLY_SAMPLE_MATERIAL);

        assertEquals("sample", module.key());
        assertEquals(60, module.durationMinutes());
        assertEquals("  Kurz, mit Leerzeichen ", module.summary().de());
    }

    @Test
    void yamlSyntaxErrorReportsItsLine() {
        String yaml = SAMPLE.replace("order: 1", "order: 1\n  bad: [unclosed");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals(FILE, problem.file());
        assertTrue(problem.message().startsWith("YAML syntax error"), problem.message());
        assertEquals(3, problem.line());
    }

    @Test
    void missingRequiredTitleIsNamedWithTheLineOfItsMapping() {
        String yaml = SAMPLE.replace("title: {de: \"Beispiel\", en: \"Example\"}\n", "");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("missing required key 'title'", problem.message());
        assertEquals(1, problem.line());
    }

    @Test
    void unknownFieldTypeIsNamedWithItsLine() {
        String yaml = SAMPLE.replace("type: text", "type: number");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals(
                "worksheets[0].sections[0].fields[0].type: unknown field type 'number'"
                        + " (allowed: text, longtext, list, table, date, goals)",
                problem.message());
        assertEquals(27, problem.line());
    }

    @Test
    void missingEnglishTextIsAnError() {
        String yaml = SAMPLE.replace("{de: \"Blatt\", en: \"Sheet\"}", "{de: \"Blatt\"}");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("worksheets[0].title: missing required key 'en'", problem.message());
        assertEquals(20, problem.line());
    }

    @Test
    void emptyTextIsAnError() {
        String yaml = SAMPLE.replace("en: \"Short\"", "en: \"  \"");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("summary.en: must not be empty", problem.message());
        assertEquals(4, problem.line());
    }

    @Test
    void badKeyPatternIsAnError() {
        String yaml = SAMPLE.replace("key: one", "key: Section_One");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertTrue(
                problem.message().startsWith("worksheets[0].sections[0].key: 'Section_One' is not a valid key"),
                problem.message());
        assertEquals(23, problem.line());
    }

    @Test
    void unknownTopLevelKeyIsAnError() {
        String yaml = SAMPLE.replace("durationMinutes: 60", "durationMinutes: 60\nrequried: true");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertTrue(problem.message().startsWith("requried: unknown key 'requried' (allowed: key, order"));
        assertEquals(6, problem.line());
    }

    @Test
    void repeatedYamlKeyIsAnError() {
        String yaml = SAMPLE.replace("order: 1", "order: 1\norder: 2");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("order: key 'order' appears more than once", problem.message());
        assertEquals(3, problem.line());
    }

    @Test
    void fieldKeysMustBeUniqueAcrossTheWholeWorksheet() {
        String yaml = SAMPLE.replace("        fields:\n          - key: name\n", """
                        fields:
                          - key: name
                            type: list
                            label: {de: "Liste", en: "List"}
                      - key: two
                        title: {de: "Zwei", en: "Two"}
                        fields:
                          - key: name
                """);

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals(
                "worksheets[0].sections[1].fields[0].key: duplicate field key 'name'"
                        + " (must be unique within the worksheet)",
                problem.message());
        assertEquals(32, problem.line());
    }

    @Test
    void tableWithoutColumnsIsAnError() {
        String yaml = SAMPLE.substring(0, SAMPLE.indexOf("            columns:"));

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("worksheets[0].sections[0].fields[1]: a field of type 'table' needs 'columns'", problem.message());
        assertEquals(29, problem.line());
    }

    @Test
    void columnsOnATextFieldAreAnError() {
        String yaml = SAMPLE.replace("type: table", "type: longtext");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals(
                "worksheets[0].sections[0].fields[1].columns: only fields of type 'table' have columns,"
                        + " not type 'longtext'",
                problem.message());
        assertEquals(34, problem.line());
    }

    @Test
    void agendaEndBeforeStartIsAnError() {
        String yaml = SAMPLE.replace("end: \"11:00\"", "end: \"09:30\"");

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("agenda[0].end: end 09:30 must be after start 10:00", problem.message());
        assertEquals(11, problem.line());
    }

    @Test
    void unquotedOrMalformedTimesAreErrors() {
        String yaml = SAMPLE.replace("start: \"10:00\"", "start: 10:00").replace("\"11:00\"", "\"11.00\"");

        List<DescriptorProblem> problems = moduleProblems(yaml);

        assertEquals(2, problems.size(), problems.toString());
        assertProblem(problems, 10, "agenda[0].start: must be a time in double quotes");
        assertProblem(problems, 11, "agenda[0].end: '11.00' is not a time \"HH:MM\"");
    }

    @Test
    void overlappingAgendaItemsAreAnError() {
        String yaml = SAMPLE.replace("materials:\n", """
                  - start: "10:30"
                    end: "12:00"
                    title: {de: "Zu früh", en: "Too early"}
                materials:
                """);

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertTrue(problem.message().startsWith("agenda[1].start: starts at 10:30, before the previous item ends"));
        assertEquals(13, problem.line());
    }

    @Test
    void materialFileThatDoesNotExistIsAnError() {
        DescriptorProblem problem = single(moduleProblems(SAMPLE, path -> false));

        assertEquals(
                "materials[0].file: file 'materials/a.de.md' does not exist in the module folder", problem.message());
        assertEquals(14, problem.line());
    }

    @Test
    void materialPathOutsideTheModuleFolderIsRefusedWithoutLookingItUp() {
        String yaml = SAMPLE.replace("materials/a.de.md", "../02-other/materials/a.de.md");

        DescriptorProblem problem = single(moduleProblems(yaml, path -> fail("must not look up " + path)));

        assertTrue(problem.message().contains("must be a relative path inside the module folder"));
        assertEquals(14, problem.line());
    }

    @Test
    void wrongTypesAreErrors() {
        String yaml = SAMPLE.replace("order: 1", "order: \"first\"")
                .replace("durationMinutes: 60", "durationMinutes: 0")
                .replace("required: true", "required: \"yes\"")
                .replace("language: de", "language: fr");

        List<DescriptorProblem> problems = moduleProblems(yaml);

        assertEquals(4, problems.size(), problems.toString());
        assertProblem(problems, 2, "order: must be a whole number");
        assertProblem(problems, 5, "durationMinutes: must be at least 1, not 0");
        assertProblem(problems, 15, "materials[0].language: unknown language 'fr' (allowed: de, en)");
        assertProblem(problems, 32, "worksheets[0].sections[0].fields[1].required: must be true or false");
    }

    @Test
    void allProblemsOfAFileAreReportedInLineOrder() {
        String yaml = SAMPLE.replace("key: sample", "key: -sample")
                .replace("en: [\"Goal\"]", "en: []")
                .replace("type: text", "type: number")
                .replace("{de: \"Spalte\", en: \"Column\"}", "{de: \"Spalte\", fr: \"Colonne\"}");

        List<DescriptorProblem> problems = moduleProblems(yaml);

        assertEquals(5, problems.size(), problems.toString());
        assertEquals(
                List.of(1, 8, 27, 35, 35),
                problems.stream().map(DescriptorProblem::line).toList());
        assertProblem(problems, 8, "objectives.en: must not be empty");
        assertProblem(problems, 35, "columns[0].label.fr: unknown key 'fr'");
        assertProblem(problems, 35, "columns[0].label: missing required key 'en'");
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a%d: &a%d [%s, %s, %s, %s, %s, %s, %s, %s, %s, %s]\n"
                    .formatted(
                            i, i, previous, previous, previous, previous, previous, previous, previous, previous,
                            previous, previous));
        }

        DescriptorProblem problem = single(moduleProblems(yaml.toString()));

        assertTrue(problem.message().contains("aliases"), problem.message());
    }

    @Test
    void documentOverOneMegabyteIsRefused() {
        String yaml = SAMPLE + "# " + "x".repeat(DescriptorNodes.MAX_BYTES) + "\n";

        DescriptorProblem problem = single(moduleProblems(yaml));

        assertEquals("the file is larger than 1 MB", problem.message());
    }

    @Test
    void emptyDocumentIsAnError() {
        assertEquals(
                "the file is empty", single(moduleProblems("# nothing here\n")).message());
    }

    @Test
    void seriesNeedsUniqueValidModuleKeys() {
        String yaml = """
                key: series
                title: {de: "Reihe", en: "Series"}
                summary: {de: "Kurz", en: "Short"}
                modules:
                  - local-context
                  - Strategic
                  - local-context
                """;

        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseSeries("series.yaml", yaml));

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertProblem(e.problems(), 6, "modules[1]: 'Strategic' is not a valid key");
        assertProblem(e.problems(), 7, "modules[2]: duplicate module key 'local-context'");
    }

    @Test
    void seriesWithoutModulesIsAnError() {
        String yaml = """
                key: series
                title: {de: "Reihe", en: "Series"}
                summary: {de: "Kurz", en: "Short"}
                modules: []
                """;

        DescriptorException e = assertThrows(DescriptorException.class, () -> parser.parseSeries("series.yaml", yaml));

        assertProblem(e.problems(), 4, "modules: must not be empty");
    }

    private ModuleDescriptor parseRealModule(String folder) throws IOException, DescriptorException {
        Path dir = Path.of("modules", folder);
        String yaml = Files.readString(dir.resolve("module.yaml"));
        return parser.parseModule(folder + "/module.yaml", yaml, path -> Files.isRegularFile(dir.resolve(path)));
    }

    private static List<?> fields(Map<String, Object> content) {
        return ((List<?>) content.get("worksheets"))
                .stream()
                        .flatMap(w -> ((List<?>) ((Map<?, ?>) w).get("sections")).stream())
                        .flatMap(s -> ((List<?>) ((Map<?, ?>) s).get("fields")).stream())
                        .toList();
    }

    private List<DescriptorProblem> moduleProblems(String yaml) {
        return moduleProblems(yaml, ONLY_SAMPLE_MATERIAL);
    }

    private List<DescriptorProblem> moduleProblems(String yaml, Predicate<String> materialExists) {
        DescriptorException e =
                assertThrows(DescriptorException.class, () -> parser.parseModule(FILE, yaml, materialExists));
        assertTrue(e.problems().stream().allMatch(p -> FILE.equals(p.file())));
        return e.problems();
    }

    private static DescriptorProblem single(List<DescriptorProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertProblem(List<DescriptorProblem> problems, int line, String messageStart) {
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.line() != null
                                && p.line() == line
                                && p.message().contains(messageStart)),
                "expected a problem at line " + line + " containing \"" + messageStart + "\" in " + problems);
    }
}
