package org.committeeacademy.worksheet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.pdf.PdfStructure;
import org.committeeacademy.shared.pdf.PdfWords;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.domain.Answers;
import org.committeeacademy.worksheet.domain.MotionDraft;
import org.committeeacademy.worksheet.domain.Templates;
import org.committeeacademy.worksheet.domain.Worksheet;
import org.junit.jupiter.api.Test;

class WorksheetPdfTest {

    private static final Instant NOW = Instant.parse("2027-03-06T10:00:00Z");
    private final Messages messages = new Messages();

    private final Worksheet worksheet = new Worksheet(1, 7, "strategic-goals", Templates.goalSetting(), NOW);

    WorksheetPdfTest() {
        worksheet.save(Templates.answers("""
                {"problem-statement": "Zu wenige Abendkurse für Berufstätige",
                 "causes": ["Räume fehlen"],
                 "allies": [{"ally": "Stadtschulpflegschaft", "contribution": "Kontakte"}],
                 "strategic-goals": [{"what": "Zwei Abendkurse in Beuel", "indicator": "Kurse", "baseline": "0",
                   "target": "2", "deadline": "2027-12-31", "responsible": "Ayşe Yılmaz"}],
                 "motion-reasoning": "120 Menschen stehen auf der Warteliste."}
                """), NOW);
    }

    @Test
    void theWorksheetPdfOpensAndContainsTheGoal() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        WorksheetPdf.write(view(Language.DE), Language.DE.locale(), key -> messages.text(Language.DE, key), pdf);

        String text = text(pdf);
        assertTrue(text.contains("Zwei Abendkurse in Beuel"), text);
        assertTrue(text.contains("Ayşe Yılmaz"), text);
        assertTrue(text.contains("Stadtschulpflegschaft"), text);
        assertTrue(text.contains("Zielwert"), "goal parts are labelled: " + text);
        assertTrue(text.contains("Bitte Zahlen nennen"), "the trainer's comment: " + text);
    }

    @Test
    void theDraftMotionIsLaidOutInTheMembersLanguage() throws IOException {
        for (Language language : List.of(Language.DE, Language.EN)) {
            WorksheetView w = view(language);
            MotionDraft draft = MotionDraft.from(Answers.stored(w.answers().toString()), w.template());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            MotionPdf.write(
                    draft,
                    "Ayşe Yılmaz",
                    LocalDate.of(2027, 3, 6),
                    language.locale(),
                    key -> messages.text(language, key),
                    pdf);

            String text = text(pdf);
            assertTrue(text.contains("Zwei Abendkurse in Beuel"), "subject and resolution from the goal: " + text);
            assertTrue(text.contains("120 Menschen stehen auf der Warteliste."), text);
            assertTrue(
                    text.contains(
                            language == Language.DE
                                    ? "Der Ausschuss möge beschließen:"
                                    : "The committee is asked to resolve:"),
                    text);
        }
    }

    @Test
    void theMotionFallsBackOnTheGoalAndTheProblem() {
        MotionDraft draft = MotionDraft.from(worksheet.answers(), worksheet.template(Language.DE));
        assertEquals("Zwei Abendkurse in Beuel", draft.subject());
        assertEquals("Zwei Abendkurse in Beuel – Kurse: 0 → 2 (2027-12-31)", draft.resolution());
        MotionDraft german = MotionDraft.from(
                worksheet.answers(), worksheet.template(Language.DE), LocalFormats.of(Language.DE)::date);
        assertEquals(
                "Zwei Abendkurse in Beuel – Kurse: 0 → 2 (31.12.2027)",
                german.resolution(),
                "the deadline as the member writes days in the PDF");
        assertEquals("120 Menschen stehen auf der Warteliste.", draft.reasoning());
        assertEquals("", draft.addressee());
    }

    @Test
    void anArabicWorksheetAndMotionAreShapedAndRunRightToLeft() {
        Worksheet arabic = new Worksheet(2, 7, "strategic-goals", Templates.goalSetting(), NOW);
        arabic.save(Templates.answers("""
                {"problem-statement": "قلة الدورات المسائية",
                 "strategic-goals": [{"what": "دورتان مسائيتان في بويل", "indicator": "الدورات", "baseline": "0",
                   "target": "2", "deadline": "2027-12-31", "responsible": "Ayşe Yılmaz"}],
                 "motion-reasoning": "ينتظر 120 شخصًا في قائمة الانتظار."}
                """), NOW);
        WorksheetView w = view(Language.AR, arabic);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        WorksheetPdf.write(w, Language.AR.locale(), key -> messages.text(Language.AR, key), sheet);
        ByteArrayOutputStream motion = new ByteArrayOutputStream();
        MotionPdf.write(
                MotionDraft.from(Answers.stored(w.answers().toString()), w.template()),
                "Ayşe Yılmaz",
                LocalDate.of(2027, 3, 6),
                Language.AR.locale(),
                key -> messages.text(Language.AR, key),
                motion);

        String sheetWords = PdfWords.arabic(sheet.toByteArray());
        assertTrue(PdfWords.shaped(sheet.toByteArray()), sheetWords);
        assertTrue(sheetWords.contains("دورتان مسائيتان في بويل"), sheetWords);
        assertTrue(sheetWords.contains("القيمة المستهدفة"), "goal parts are labelled in Arabic: " + sheetWords);
        assertTrue(PdfWords.text(sheet.toByteArray()).contains("Ayşe Yılmaz"), "Latin names keep their order");
        String motionWords = PdfWords.arabic(motion.toByteArray());
        assertTrue(PdfWords.shaped(motion.toByteArray()), motionWords);
        assertTrue(motionWords.contains("مقترح"), motionWords);
        assertTrue(motionWords.contains("يُطلب من اللجنة أن تقرّر"), motionWords);
        assertTrue(motionWords.contains("دورتان مسائيتان في بويل"), motionWords);
    }

    @Test
    void turkishAndUkrainianMotionsShowEveryLetter() throws IOException {
        for (Language language : List.of(Language.TR, Language.UK)) {
            WorksheetView w = view(language);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            MotionPdf.write(
                    MotionDraft.from(Answers.stored(w.answers().toString()), w.template()),
                    "Олена Коваленко",
                    LocalDate.of(2027, 3, 6),
                    language.locale(),
                    key -> messages.text(language, key),
                    pdf);
            String text = text(pdf);
            assertTrue(text.contains(messages.text(language, "motion.resolve")), text);
            assertTrue(text.contains("Олена Коваленко"), text);
        }
    }

    @Test
    void anAnswerTypedInArabicIsShapedInAGermanWorksheet() {
        Worksheet mixed = new Worksheet(3, 7, "strategic-goals", Templates.goalSetting(), NOW);
        mixed.save(Templates.answers("{\"problem-statement\": \"قلة الدورات المسائية\"}"), NOW);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        WorksheetPdf.write(view(Language.DE, mixed), Language.DE.locale(), key -> messages.text(Language.DE, key), pdf);

        assertTrue(PdfWords.shaped(pdf.toByteArray()), PdfWords.text(pdf.toByteArray()));
        assertTrue(PdfWords.arabic(pdf.toByteArray()).contains("قلة الدورات المسائية"));
    }

    /** Worksheet and motion as tagged PDFs: headings, answers, goal tables with row headers, language, title. */
    @Test
    void theWorksheetAndTheMotionAreTaggedForScreenReaders() {
        for (Language language : List.of(Language.DE, Language.AR)) {
            WorksheetView w = view(language);
            ByteArrayOutputStream sheet = new ByteArrayOutputStream();
            WorksheetPdf.write(w, language.locale(), key -> messages.text(language, key), sheet);
            PdfStructure worksheetPdf = PdfStructure.of(sheet.toByteArray());

            assertEquals(language.code(), worksheetPdf.language);
            assertEquals("Vom Problem zum Ziel", worksheetPdf.title);
            assertEquals("H1", worksheetPdf.content().get(0), worksheetPdf.types.toString());
            worksheetPdf.assertInOrder("H1", "P", "H2", "H3", "P", "Table", "TR", "TH", "TD", "TR", "TH", "TD");
            assertTrue(worksheetPdf.figureAlts.isEmpty());

            ByteArrayOutputStream motion = new ByteArrayOutputStream();
            MotionPdf.write(
                    MotionDraft.from(Answers.stored(w.answers().toString()), w.template()),
                    "Ayşe Yılmaz",
                    LocalDate.of(2027, 3, 6),
                    language.locale(),
                    key -> messages.text(language, key),
                    motion);
            PdfStructure motionPdf = PdfStructure.of(motion.toByteArray());

            assertEquals(language.code(), motionPdf.language);
            assertTrue(motionPdf.title.endsWith("Zwei Abendkurse in Beuel"), motionPdf.title);
            assertEquals(
                    List.of("P", "P", "H1", "P", "H2", "P", "H2", "P", "P", "P"),
                    motionPdf.content(),
                    "sender, addressee, title, subject, resolution, reasoning, signature, note");
        }
    }

    private WorksheetView view(Language language) {
        return view(language, worksheet);
    }

    private WorksheetView view(Language language, Worksheet worksheet) {
        return new WorksheetView(
                1,
                1,
                "Bonn – Samstagsreihe",
                7,
                "Ayşe Yılmaz",
                Language.DE,
                "strategic-goals",
                "goal-setting",
                "Vom Problem zum Ziel",
                worksheet.status(),
                NOW,
                true,
                true,
                false,
                worksheet.template(language),
                worksheet.answers().asJson(),
                Map.of("problem", "Bitte Zahlen nennen"),
                List.of(),
                language,
                0);
    }

    private static String text(ByteArrayOutputStream pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }
}
