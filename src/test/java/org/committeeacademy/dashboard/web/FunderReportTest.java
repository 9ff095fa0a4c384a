package org.committeeacademy.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.committeeacademy.dashboard.application.Dashboard;
import org.committeeacademy.dashboard.application.DashboardView;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.dashboard.persistence.JpaDashboardFigures;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.pdf.PdfStructure;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.application.SurveyOutcomes;
import org.junit.jupiter.api.Test;

/** The funder's yearly report on the demo data: figures, but no one's name or e-mail address. */
@DatabaseTest
class FunderReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theReportHasTheFiguresAndNoPersonalData() throws Exception {
        String text;
        try (TestDatabase db = DemoDatabase.loadedOn(TODAY)) {
            EntityManager em = db.entityManager();
            DashboardView view = Dashboard.assemble(
                    DashboardFilter.year(2026),
                    new JpaDashboardFigures(em),
                    ids -> SurveyOutcomes.none(),
                    TODAY.atTime(12, 0));
            em.close();
            assertFalse(view.isEmpty());
            ResourceBundle bundle = ResourceBundle.getBundle("org.committeeacademy.i18n.messages", Locale.GERMAN);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            FunderReport.write(view, 2026, Language.DE, bundle::getString, pdf);
            text = text(pdf.toByteArray());
            tagged(pdf.toByteArray());
            for (Object person : db.entityManager()
                    .createNativeQuery("SELECT display_name FROM account")
                    .getResultList()) {
                assertFalse(text.contains((String) person), person + " is in the report");
            }
        }
        assertTrue(text.contains("Jahresbericht 2026"), text);
        assertTrue(text.contains("Kennzahlen"));
        assertTrue(text.contains("Bonn"), "venues are named");
        assertFalse(text.contains("@"), "no e-mail address");
        for (String name : List.of("Yılmaz", "Demir", "Becker", "Vogel", "Adler", "Kovalenko")) {
            assertFalse(text.contains(name), name);
        }
    }

    /** Tagged for screen readers: headings, tables with column or row headers, each chart with its figures as Alt. */
    private static void tagged(byte[] bytes) {
        PdfStructure pdf = PdfStructure.of(bytes);
        assertEquals("de", pdf.language);
        assertEquals("Jahresbericht 2026", pdf.title.substring(0, "Jahresbericht 2026".length()), pdf.title);
        pdf.assertInOrder(
                "H1", "P", "H2", "Table", "TR", "TH", "TD", "H2", "Table", "TR", "TH", "TH", "TR", "TD", "H2", "Figure",
                "H2", "Figure", "H2");
        assertEquals(2, pdf.figureAlts.size(), pdf.figureAlts.toString());
        assertTrue(pdf.figureAlts.get(0).contains("Bonn"), "the fill chart names the venues: " + pdf.figureAlts);
        assertTrue(
                pdf.figureAlts.get(0).matches("(?s).*\\d[ \u00a0\u202f]%.*"),
                "and gives the rates (the formatter writes a no-break space before %): " + pdf.figureAlts);
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return all.toString();
    }
}
