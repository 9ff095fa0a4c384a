package org.committeeacademy.certificate.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** No Arabic font and no shaping yet (issue 21): an Arabic certificate must at least be written without error. */
    @Test
    void anArabicCertificateIsWrittenWithoutError() {
        org.committeeacademy.shared.i18n.Messages messages = new org.committeeacademy.shared.i18n.Messages();
        byte[] pdf = CertificatePdf.write(
                new CertificatePdf.Data(
                        "Ayşe Yılmaz",
                        "Qualification series",
                        "Bonn – Sommerkurs",
                        List.of("Understanding the local context (5 Jul 2026)"),
                        "VHS Bonn, Bonn",
                        List.of("Leyla Demir"),
                        LocalDate.of(2026, 7, 20),
                        "ABCD0123EFGH",
                        "https://academy.example/verify.xhtml?code=ABCD0123EFGH",
                        Locale.forLanguageTag("ar"),
                        CertificatePdf.Provider.NONE),
                key -> messages.text(org.committeeacademy.shared.domain.Language.AR, key));
        assertTrue(pdf.length > 1000);
    }
}
