package org.committeeacademy.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The checks of {@link PdfStructure} fail on a PDF as OpenPDF writes it without tags. */
class PdfStructureTest {

    @Test
    void anUntaggedPdfFailsTheChecks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Teilnahmebescheinigung", PdfScript.font(12, Font.BOLD)));
        document.close();

        assertThrows(AssertionError.class, () -> PdfStructure.of(out.toByteArray()));
    }
}
