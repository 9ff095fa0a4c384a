package org.committeeacademy.certificate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.pdf.PdfStructure;
import org.committeeacademy.shared.pdf.PdfWords;
import org.junit.jupiter.api.Test;

/** The certificate PDF carries the holder's name, the series, the modules and the verification code. */
class CertificatePdfTest {

    private static final Map<String, String> TEXTS = Map.of(
            "certificate.pdf.title", "Teilnahmebescheinigung",
            "certificate.pdf.took", "hat erfolgreich teilgenommen an",
            "certificate.pdf.modules", "Bausteine",
            "certificate.pdf.trainers", "Trainerinnen und Trainer:",
            "certificate.pdf.issued", "Ausgestellt am",
            "certificate.pdf.code", "Prüfcode:",
            "certificate.pdf.verify", "Echtheit prüfen:");

    @Test
    void thePdfNamesTheMemberTheSeriesAndTheCode() throws Exception {
        byte[] pdf = CertificatePdf.write(
                new CertificatePdf.Data(
                        "Ayşe Yılmaz",
                        "Qualifizierungsreihe für Integrationsausschüsse",
                        "Bonn – Sommerkurs",
                        List.of(
                                "Lokalen Kontext verstehen (05.07.2026)",
                                "Politische Interessenvertretung (19.07.2026)"),
                        "VHS Bonn, Bonn",
                        List.of("Leyla Demir"),
                        LocalDate.of(2026, 7, 20),
                        "ABCD0123EFGH",
                        "https://academy.example/verify.xhtml?code=ABCD0123EFGH",
                        Locale.GERMAN,
                        new CertificatePdf.Provider("Volkshochschule der Bundesstadt Bonn", "#0a5f8a")),
                TEXTS::get);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Ayşe Yılmaz"), text);
        assertTrue(text.contains("Volkshochschule der Bundesstadt Bonn"), "the issuing organisation is named: " + text);
        assertTrue(text.contains("Teilnahmebescheinigung"), text);
        assertTrue(text.contains("ABCD-0123-EFGH"), text);
        assertTrue(text.contains("Politische Interessenvertretung"), text);
        assertTrue(text.contains("Leyla Demir"), text);
    }

    /** Arabic is shaped and runs right to left; Latin names and numbers in it stay readable. */
    @Test
    void anArabicCertificateHasShapedArabicInAnEmbeddedFont() {
        byte[] pdf = certificate(Language.AR, "سلسلة التأهيل للجان الاندماج");
        String words = PdfWords.arabic(pdf);

        assertTrue(PdfWords.shaped(pdf), "joined letter forms: " + PdfWords.text(pdf));
        assertTrue(words.contains("شهادة المشاركة"), words);
        assertTrue(words.contains("سلسلة التأهيل"), words);
        assertTrue(words.contains("رمز التحقق"), words);
        assertTrue(PdfWords.text(pdf).contains("ABCD-0123-EFGH"), "the code keeps its order: " + PdfWords.text(pdf));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("DejaVuSans"), "the font is embedded");
    }

    @Test
    void turkishAndUkrainianCertificatesShowEveryLetter() {
        String turkish = PdfWords.text(certificate(Language.TR, "Uyum komisyonları için eğitim serisi"));
        String ukrainian = PdfWords.text(certificate(Language.UK, "Навчальний цикл для інтеграційних комітетів"));

        assertTrue(turkish.contains("Katılım Belgesi"), turkish);
        assertTrue(turkish.contains("Doğrulama kodu"), turkish);
        assertTrue(turkish.contains("Uyum komisyonları için eğitim serisi"), turkish);
        assertTrue(ukrainian.contains("Сертифікат про участь"), ukrainian);
        assertTrue(ukrainian.contains("Навчальний цикл для інтеграційних комітетів"), ukrainian);
        assertTrue(ukrainian.contains("Код перевірки"), ukrainian);
    }

    /** PDF/UA-1 as far as a unit test can tell: tagged, structure in reading order, language, title, alt text. */
    @Test
    void everyCertificateIsTaggedForScreenReadersInItsLanguage() {
        for (Language language : Language.values()) {
            PdfStructure pdf = PdfStructure.of(certificate(language, "Qualifizierungsreihe"));

            assertEquals(language.code(), pdf.language, "/Lang");
            assertTrue(pdf.title.contains("Ayşe Yılmaz"), pdf.title);
            assertEquals("Document", pdf.types.get(0), pdf.types.toString());
            assertEquals("H1", pdf.content().get(0), "the title comes first: " + pdf.types);
            pdf.assertInOrder("H1", "P", "P", "P", "P", "H2", "P", "P", "P", "P", "P", "Figure");
            assertEquals(1, pdf.figureAlts.size(), "the QR code is the only figure");
            assertTrue(
                    pdf.figureAlts.get(0).endsWith("https://academy.example/verify.xhtml?code=ABCD0123EFGH"),
                    "the QR code's alt text gives the address: " + pdf.figureAlts);
        }
    }

    /** In Arabic the page stores the words shaped and in visual order; ActualText gives them in reading order. */
    @Test
    void anArabicCertificateGivesScreenReadersTheWordsInReadingOrder() {
        byte[] bytes = certificate(Language.AR, "سلسلة التأهيل للجان الاندماج");
        PdfStructure pdf = PdfStructure.of(bytes);

        assertEquals("ar", pdf.language);
        assertTrue(pdf.actualTexts.contains("شهادة المشاركة"), pdf.actualTexts.toString());
        assertTrue(pdf.actualTexts.contains("سلسلة التأهيل للجان الاندماج"), pdf.actualTexts.toString());
        assertTrue(PdfWords.arabic(bytes).contains("سلسلة التأهيل"), "the page still runs right to left");
        float[] code = lineBounds(bytes, "ABCD-0123-EFGH");
        assertTrue(code[0] > 595 - 60 - 10, "the code's line starts at the right margin (x 535): " + code[0]);
    }

    /** The smallest and largest x of the text on the line that holds {@code words}. */
    private static float[] lineBounds(byte[] pdf, String words) {
        float[] bounds = {Float.MAX_VALUE, 0};
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.contains(words)) {
                        for (TextPosition p : positions) {
                            bounds[0] = Math.min(bounds[0], p.getXDirAdj());
                            bounds[1] = Math.max(bounds[1], p.getXDirAdj() + p.getWidthDirAdj());
                        }
                    }
                }
            }.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new float[] {bounds[1], bounds[0]};
    }

    private static byte[] certificate(Language language, String series) {
        Messages messages = new Messages();
        return CertificatePdf.write(
                new CertificatePdf.Data(
                        "Ayşe Yılmaz",
                        series,
                        "Bonn – Sommerkurs",
                        List.of("Understanding the local context (5 Jul 2026)"),
                        "VHS Bonn, Bonn",
                        List.of("Leyla Demir"),
                        LocalDate.of(2026, 7, 20),
                        "ABCD0123EFGH",
                        "https://academy.example/verify.xhtml?code=ABCD0123EFGH",
                        language.locale(),
                        CertificatePdf.Provider.NONE),
                key -> messages.text(language, key));
    }
}
