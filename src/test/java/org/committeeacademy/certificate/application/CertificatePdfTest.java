package org.committeeacademy.certificate.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
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
