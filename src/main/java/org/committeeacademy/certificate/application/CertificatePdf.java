package org.committeeacademy.certificate.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.committeeacademy.certificate.domain.VerificationCode;
import org.committeeacademy.progress.domain.SeriesProgress;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.pdf.PdfScript;

/**
 * The certificate of participation as an A4 PDF in the member's language: name, series, modules with their dates,
 * venue, trainers, the verification code and a QR code of the public verification address.
 */
public final class CertificatePdf {

    /** What the certificate says; {@code modules} are the module titles with their dates, as one line each. */
    public record Data(
            String name,
            String seriesTitle,
            String cohortTitle,
            List<String> modules,
            String venue,
            List<String> trainers,
            LocalDate issuedOn,
            String code,
            String verificationUrl,
            Locale locale,
            Provider provider) {}

    /** The organisation that issues the certificate: its name, and its colour (#rrggbb) for a band on top; or none. */
    public record Provider(String name, String colour, byte[] logo) {

        public static final Provider NONE = new Provider(null, null, null);

        public Provider(String name, String colour) {
            this(name, colour, null);
        }
    }

    private static final Color GREY = new Color(0x55, 0x5f, 0x6d);
    private static final float QR_SIZE = 110f;

    private CertificatePdf() {}

    /**
     * The certificate's PDF, its texts from {@code text} (the member's language); {@code progress} is the member's,
     * which decides the optional modules it lists.
     */
    public static byte[] of(
            org.committeeacademy.certificate.domain.Certificate certificate,
            SeriesProgress progress,
            String baseUrl,
            Provider provider,
            Function<String, String> text) {
        return write(CertificateContent.of(certificate, progress, baseUrl, provider), text);
    }

    public static byte[] write(Data data, Function<String, String> text) {
        try {
            Locale locale = data.locale();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 60, 60, 70, 60);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.addTitle(text.apply("certificate.pdf.title") + " – " + data.name());
            document.addCreator("Committee Academy");
            document.open();
            Provider provider = data.provider() == null ? Provider.NONE : data.provider();
            if (provider.colour() != null) {
                PdfContentByte canvas = writer.getDirectContentUnder();
                canvas.saveState();
                canvas.setColorFill(Color.decode(provider.colour()));
                canvas.rectangle(0, PageSize.A4.getHeight() - 24, PageSize.A4.getWidth(), 24);
                canvas.fill();
                canvas.restoreState();
            }
            if (provider.logo() != null) {
                com.lowagie.text.Image logo = com.lowagie.text.Image.getInstance(provider.logo());
                logo.scaleToFit(160, 56);
                logo.setAlignment(Element.ALIGN_CENTER);
                document.add(logo);
            }
            if (provider.name() != null) {
                centred(document, locale, provider.name(), PdfScript.font(12, Font.BOLD, GREY), 16);
            }
            centred(document, locale, text.apply("certificate.pdf.title"), PdfScript.font(24, Font.BOLD), 24);
            centred(document, locale, data.name(), PdfScript.font(20, Font.BOLD), 10);
            centred(document, locale, text.apply("certificate.pdf.took"), PdfScript.font(12, Font.NORMAL), 6);
            centred(document, locale, data.seriesTitle(), PdfScript.font(15, Font.BOLD), 4);
            centred(
                    document,
                    locale,
                    data.cohortTitle() + " · " + data.venue(),
                    PdfScript.font(11, Font.NORMAL, GREY),
                    20);
            Font body = PdfScript.font(11, Font.NORMAL);
            document.add(PdfScript.block(
                    new Paragraph(text.apply("certificate.pdf.modules"), PdfScript.font(12, Font.BOLD)), locale));
            for (String module : data.modules()) {
                document.add(PdfScript.block(new Paragraph("• " + module, body), locale));
            }
            Paragraph trainers = new Paragraph(
                    text.apply("certificate.pdf.trainers") + " " + String.join(", ", data.trainers()), body);
            trainers.setSpacingBefore(14);
            document.add(PdfScript.block(trainers, locale));
            document.add(PdfScript.block(
                    new Paragraph(
                            text.apply("certificate.pdf.issued") + " "
                                    + LocalFormats.of(Language.of(locale)).writtenDate(data.issuedOn()),
                            body),
                    locale));
            Paragraph code = new Paragraph(
                    text.apply("certificate.pdf.code") + " " + VerificationCode.grouped(data.code()),
                    PdfScript.font(12, Font.BOLD));
            code.setSpacingBefore(24);
            document.add(PdfScript.block(code, locale));
            document.add(PdfScript.block(
                    new Paragraph(
                            text.apply("certificate.pdf.verify") + " " + data.verificationUrl(),
                            PdfScript.font(9, Font.NORMAL, GREY)),
                    locale));
            qr(writer.getDirectContent(), data.verificationUrl(), document.right() - QR_SIZE, document.bottom());
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(Document document, Locale locale, String value, Font font, float after) {
        Paragraph paragraph = new Paragraph(value, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        document.add(PdfScript.block(paragraph, locale));
    }

    /** The QR code drawn as vector squares, so it prints sharp at any size. */
    private static void qr(PdfContentByte canvas, String url, float x, float y) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
