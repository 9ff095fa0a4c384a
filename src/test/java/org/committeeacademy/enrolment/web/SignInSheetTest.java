package org.committeeacademy.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.pdf.PdfStructure;
import org.committeeacademy.shared.pdf.PdfWords;
import org.junit.jupiter.api.Test;

class SignInSheetTest {

    private static final Messages MESSAGES = new Messages();

    private static SignInSheet.Data session(List<String> participants) {
        return new SignInSheet.Data(
                "Bonn – Samstagsreihe",
                "Lokalen Kontext verstehen",
                LocalDateTime.of(2027, 4, 3, 10, 0),
                LocalDateTime.of(2027, 4, 3, 16, 0),
                "VHS Bonn – Haus der Bildung, B06",
                List.of("Leyla Demir", "Jonas Becker"),
                participants);
    }

    private static byte[] render(SignInSheet.Data data, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignInSheet.write(data, language.locale(), key -> MESSAGES.text(language, key), out);
        return out.toByteArray();
    }

    /** The words of these pages, the footer (an artifact, which OpenPDF's extractor leaves out) included. */
    private static String text(byte[] pdf, int first, int last) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last < 0 ? document.getNumberOfPages() : last);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anA4PdfWithTheSessionAndEveryConfirmedName() throws IOException {
        byte[] pdf = render(session(List.of("Ayşe Yılmaz", "Dragan Petrović", "Hoa Nguyen")), Language.DE);

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(595, Math.round(reader.getPageSize(1).getWidth()), "A4 width in points");
        String text = text(pdf, 1, -1);
        for (String expected : List.of(
                "Unterschriftenliste",
                "Bonn – Samstagsreihe",
                "Lokalen Kontext verstehen",
                "Samstag, 3. April 2027",
                "10:00–16:00",
                "B06",
                "Leyla Demir, Jonas Becker",
                "Ayşe Yılmaz",
                "Dragan Petrović",
                "Hoa Nguyen",
                "Seite 1 von 1")) {
            assertTrue(text.contains(expected), expected + " missing in: " + text);
        }
        reader.close();
    }

    @Test
    void arabicAndCyrillicNamesAreWrittenInFullAndArabicIsShaped() throws IOException {
        byte[] pdf = render(session(List.of("مريم حسن", "Олена Коваленко", "Ayşe Yılmaz")), Language.AR);

        assertTrue(PdfWords.shaped(pdf), PdfWords.text(pdf));
        String arabic = PdfWords.arabic(pdf);
        assertTrue(arabic.contains("مريم حسن"), arabic);
        assertTrue(arabic.contains("كشف التوقيع"), arabic);
        assertTrue(PdfWords.text(pdf).contains("Олена Коваленко"), PdfWords.text(pdf));
        assertTrue(PdfWords.text(pdf).contains("Ayşe Yılmaz"), PdfWords.text(pdf));
    }

    @Test
    void blankRowsForWalkInsFollowTheNames() throws IOException {
        String text = text(render(session(List.of("Hoa Nguyen")), Language.EN), 1, -1);

        assertTrue(text.contains("Sign-in sheet") && text.contains("Signature"), text);
        int lastRow = 1 + SignInSheet.BLANK_ROWS;
        assertTrue(text.contains(String.valueOf(lastRow)), "rows numbered up to " + lastRow + ": " + text);
    }

    @Test
    void aLongListRunsOverPagesThatCountThemselves() throws IOException {
        List<String> many = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(i -> many.add("Teilnehmerin " + i));

        byte[] pdf = render(session(many), Language.DE);
        PdfReader reader = new PdfReader(pdf);

        assertTrue(reader.getNumberOfPages() >= 2, "30 rows of signatures do not fit one page");
        int pages = reader.getNumberOfPages();
        reader.close();
        String last = text(pdf, pages, pages);
        assertTrue(last.contains("Seite " + pages + " von " + pages), last);
        assertTrue(text(pdf, 1, -1).contains("Teilnehmerin 30"));
        String second = text(pdf, 2, 2);
        assertTrue(second.contains("Unterschrift"), "the header row repeats: " + second);
    }

    @Test
    void taggedForScreenReadersWithTheSignatureTableHeadedOnce() throws IOException {
        List<String> many = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(i -> many.add("Teilnehmerin " + i));

        PdfStructure pdf = PdfStructure.of(render(session(many), Language.DE));

        assertEquals("de", pdf.language);
        assertTrue(pdf.title.startsWith("Unterschriftenliste"), pdf.title);
        // title, cohort, the facts with their labels as row headers, then the signatures under column headers
        pdf.assertInOrder("H1", "H2", "Table", "TR", "TH", "TD", "Table", "TR", "TH", "TH", "TH", "TR", "TD");
        List<String> content = pdf.content();
        long headers = content.stream().filter("TH"::equals).count();
        assertEquals(5 + 3, headers, "five fact labels and one header row, not repeated on page 2: " + content);
        long rows = content.stream().filter("TR"::equals).count();
        assertEquals(5 + 1 + 30 + SignInSheet.BLANK_ROWS, rows, "every row in the tree once");
    }

    @Test
    void taggedInArabicToo() throws IOException {
        PdfStructure pdf = PdfStructure.of(render(session(List.of("مريم حسن")), Language.AR));

        assertEquals("ar", pdf.language);
        assertTrue(pdf.actualTexts.contains("مريم حسن"), "the name in reading order: " + pdf.actualTexts);
    }
}
