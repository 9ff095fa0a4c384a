package org.committeeacademy.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
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

    private static String text(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    @Test
    void anA4PdfWithTheSessionAndEveryConfirmedName() throws IOException {
        byte[] pdf = render(session(List.of("Ayşe Yılmaz", "Dragan Petrović", "Hoa Nguyen")), Language.DE);

        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(595, Math.round(reader.getPageSize(1).getWidth()), "A4 width in points");
        String text = text(reader);
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
        PdfReader reader = new PdfReader(render(session(List.of("Hoa Nguyen")), Language.EN));
        String text = text(reader);

        assertTrue(text.contains("Sign-in sheet") && text.contains("Signature"), text);
        int lastRow = 1 + SignInSheet.BLANK_ROWS;
        assertTrue(text.contains(String.valueOf(lastRow)), "rows numbered up to " + lastRow + ": " + text);
        reader.close();
    }

    @Test
    void aLongListRunsOverPagesThatCountThemselves() throws IOException {
        List<String> many = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(i -> many.add("Teilnehmerin " + i));

        PdfReader reader = new PdfReader(render(session(many), Language.DE));

        assertTrue(reader.getNumberOfPages() >= 2, "30 rows of signatures do not fit one page");
        int pages = reader.getNumberOfPages();
        String last = new PdfTextExtractor(reader).getTextFromPage(pages);
        assertTrue(last.contains("Seite " + pages + " von " + pages), last);
        assertTrue(text(reader).contains("Teilnehmerin 30"));
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("Unterschrift"), "the header row repeats");
        reader.close();
    }
}
