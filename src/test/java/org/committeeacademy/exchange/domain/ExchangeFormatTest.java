package org.committeeacademy.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.exchange.domain.ExchangeLayout.Part;
import org.committeeacademy.exchange.domain.ImportLine.Action;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.shared.export.CsvWriter;
import org.committeeacademy.shared.export.Workbooks;
import org.committeeacademy.shared.export.XlsxWriter;
import org.junit.jupiter.api.Test;

/** The exchange files as written, and a participants file read back by the import's parser and plan. */
class ExchangeFormatTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 18, 0);

    private static final List<ExchangeFile.ParticipantLine> PEOPLE = List.of(
            person("Jürgen Müller-Lüdenscheidt", "juergen@example.org", "de", 0),
            person("فاطمة الزهراء", "fatima@example.org", "ar", 0),
            person("=HYPERLINK(\"http://evil.example\")", "formula@example.org", "en", 0),
            person("Ayşe Öztürk", "ayse@example.org", "tr", 1),
            person("Олена Шевченко", "olena@example.org", "uk", 2));

    private static ExchangeFile.ParticipantLine person(String name, String email, String language, int position) {
        return new ExchangeFile.ParticipantLine(
                name, email, language, position, LocalDate.of(2027, 1, 15), 7, "Kommunalpolitik für Einsteiger");
    }

    private static ExchangeFile file() {
        ExchangeFile.CohortLine cohort = new ExchangeFile.CohortLine(
                7,
                "@Kommunalpolitik für Einsteiger",
                "Politik vor Ort",
                "VHS Bonn, Haus der Bildung",
                "Bonn",
                "OPEN",
                "IN_PERSON",
                "de",
                START.toLocalDate(),
                START.plusDays(7).toLocalDate(),
                2,
                new BigDecimal("4.5"),
                new BigDecimal("120"),
                12,
                3,
                2);
        List<ExchangeFile.SessionLine> sessions = List.of(
                new ExchangeFile.SessionLine(
                        7, 70, START, START.plusMinutes(120), new BigDecimal("2.5"), "Modul 1", "Raum 1", false),
                new ExchangeFile.SessionLine(
                        7,
                        71,
                        START.plusDays(7),
                        START.plusDays(7).plusMinutes(90),
                        new BigDecimal("2.0"),
                        "-Modul 2",
                        "online",
                        false));
        return new ExchangeFile(List.of(cohort), sessions, PEOPLE);
    }

    private static String csv(Part part) {
        byte[] bytes = CsvWriter.write(ExchangeLayout.sheet(file(), part, "x"), ExchangeLayout.CSV_LOCALE, true);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void cohortsCsvIsUtf8WithBomSemicolonsAndGermanNumbers() {
        String text = csv(Part.COHORTS);
        assertTrue(text.startsWith("\uFEFF\"Kurs-Nr\";\"Kurstitel\";\"Reihe\""), text);
        String row = text.lines().toList().get(1);
        assertTrue(row.contains(";\"01.03.2027\";\"08.03.2027\";\"2\";\"4,5\";\"120,00\";\"12\";\"3\";\"2\""), row);
        assertTrue(row.contains("\"'@Kommunalpolitik für Einsteiger\""), "a leading @ is defused: " + row);
    }

    @Test
    void sessionsCsvHasDayTimesMinutesAndUnits() {
        List<String> rows = csv(Part.SESSIONS).lines().toList();
        assertEquals(
                "\"7\";\"70\";\"01.03.2027\";\"18:00\";\"20:00\";\"120\";\"2,5\";\"Modul 1\";\"Raum 1\";\"findet statt\"",
                rows.get(1));
        assertTrue(rows.get(2).contains("\"'-Modul 2\""), "a leading minus before text is defused: " + rows.get(2));
    }

    @Test
    void participantsCsvKeepsUmlautsAndArabicAndDefusesFormulas() {
        String text = csv(Part.PARTICIPANTS);
        assertTrue(text.contains("\"Jürgen Müller-Lüdenscheidt\";\"juergen@example.org\";\"de\";\"angemeldet\";\"\""));
        assertTrue(text.contains("\"فاطمة الزهراء\";\"fatima@example.org\";\"ar\""));
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), text);
        assertTrue(text.contains("\"Ayşe Öztürk\";\"ayse@example.org\";\"tr\";\"Warteliste\";\"1\";\"15.01.2027\""));
        assertFalse(text.lines().anyMatch(l -> l.startsWith("\"=")), "no cell starts a formula");
    }

    @Test
    void anExportedParticipantsFileReadBackShowsEveryoneAlreadyEnrolled() {
        byte[] exported =
                CsvWriter.write(ExchangeLayout.sheet(file(), Part.PARTICIPANTS, "x"), ExchangeLayout.CSV_LOCALE, true);
        List<InvitationCsv.Line> parsed = InvitationCsv.parse(exported, email -> false);
        Map<String, Long> enrolled = new HashMap<>();
        long id = 100;
        for (ExchangeFile.ParticipantLine p : PEOPLE) {
            enrolled.put(p.email(), id++);
        }
        List<ImportLine> plan = ImportPlan.plan(
                parsed,
                email -> new ImportPlan.Standing(enrolled.get(email), true, enrolled.containsKey(email), false),
                5,
                false);
        assertEquals(PEOPLE.size(), plan.size());
        assertTrue(plan.stream().allMatch(l -> l.action() == Action.ALREADY_ENROLLED), plan.toString());
        assertEquals("فاطمة الزهراء", plan.get(1).name());
        assertEquals("Jürgen Müller-Lüdenscheidt", plan.get(0).name());
        assertEquals(2, plan.get(0).number(), "line numbers count the header line");
    }

    @Test
    void theWorkbookHasThreeSheetsWithTextsInlineAndNoFormula() throws IOException {
        byte[] xlsx = XlsxWriter.write(ExchangeLayout.workbook(file()));
        Map<String, String> parts = Workbooks.parts(xlsx);
        String workbook = parts.get("xl/workbook.xml");
        assertTrue(workbook.contains("name=\"Kurse\""), workbook);
        assertTrue(workbook.contains("name=\"Termine\""));
        assertTrue(workbook.contains("name=\"Teilnehmende\""));
        String participants = parts.get("xl/worksheets/sheet3.xml");
        assertTrue(participants.contains("فاطمة الزهراء"));
        assertTrue(participants.contains("=HYPERLINK("), "the text is kept as text");
        assertFalse(participants.contains("<f>"), "and never becomes a formula");
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<v>4.5</v>"), "units stay a number");
    }
}
