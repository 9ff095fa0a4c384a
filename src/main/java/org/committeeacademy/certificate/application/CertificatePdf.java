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
import org.committeeacademy.shared.pdf.TaggedPdf;

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
            TaggedPdf pdf = TaggedPdf.open(
                    out,
                    PageSize.A4,
                    new float[] {60, 60, 70, 60},
                    locale,
                    text.apply("certificate.pdf.title") + " – " + data.name());
            Provider provider = data.provider() == null ? Provider.NONE : data.provider();
            if (provider.colour() != null) {
                pdf.artifact(canvas -> {
                    canvas.saveState();
                    canvas.setColorFill(Color.decode(provider.colour()));
                    canvas.rectangle(0, PageSize.A4.getHeight() - 24, PageSize.A4.getWidth(), 24);
                    canvas.fill();
                    canvas.restoreState();
                });
            }
            if (provider.logo() != null) {
                logo(pdf, provider.logo());
            }
            if (provider.name() != null) {
                centred(pdf, provider.name(), PdfScript.font(12, Font.BOLD, GREY), 16);
            }
            Paragraph title = centred(text.apply("certificate.pdf.title"), PdfScript.font(24, Font.BOLD), 24);
            pdf.heading(1, title);
            centred(pdf, data.name(), PdfScript.font(20, Font.BOLD), 10);
            centred(pdf, text.apply("certificate.pdf.took"), PdfScript.font(12, Font.NORMAL), 6);
            centred(pdf, data.seriesTitle(), PdfScript.font(15, Font.BOLD), 4);
            centred(pdf, data.cohortTitle() + " · " + data.venue(), PdfScript.font(11, Font.NORMAL, GREY), 20);
            Font body = PdfScript.font(11, Font.NORMAL);
            pdf.heading(2, new Paragraph(text.apply("certificate.pdf.modules"), PdfScript.font(12, Font.BOLD)));
            for (String module : data.modules()) {
                pdf.paragraph(new Paragraph("• " + module, body));
            }
            Paragraph trainers = new Paragraph(
                    text.apply("certificate.pdf.trainers") + " " + String.join(", ", data.trainers()), body);
            trainers.setSpacingBefore(14);
            pdf.paragraph(trainers);
            pdf.paragraph(new Paragraph(
                    text.apply("certificate.pdf.issued") + " "
                            + LocalFormats.of(Language.of(locale)).writtenDate(data.issuedOn()),
                    body));
            Paragraph code = new Paragraph(
                    text.apply("certificate.pdf.code") + " " + VerificationCode.grouped(data.code()),
                    PdfScript.font(12, Font.BOLD));
            code.setSpacingBefore(24);
            pdf.paragraph(code);
            pdf.paragraph(new Paragraph(
                    text.apply("certificate.pdf.verify") + " " + data.verificationUrl(),
                    PdfScript.font(9, Font.NORMAL, GREY)));
            Document document = pdf.document();
            pdf.figure(
                    text.apply("certificate.pdf.qrAlt") + " " + data.verificationUrl(),
                    canvas -> qr(canvas, data.verificationUrl(), document.right() - QR_SIZE, document.bottom()));
            pdf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The provider's logo, centred; an artifact, since the provider's name follows it as text. */
    private static void logo(TaggedPdf pdf, byte[] bytes) throws IOException {
        com.lowagie.text.Image logo = com.lowagie.text.Image.getInstance(bytes);
        logo.scaleToFit(160, 56);
        Document document = pdf.document();
        float x = document.left() + (document.right() - document.left() - logo.getScaledWidth()) / 2;
        logo.setAbsolutePosition(x, pdf.y() - logo.getScaledHeight());
        pdf.artifact(canvas -> canvas.addImage(logo));
        pdf.space(logo.getScaledHeight() + 4);
    }

    private static void centred(TaggedPdf pdf, String value, Font font, float after) {
        pdf.paragraph(centred(value, font, after));
    }

    private static Paragraph centred(String value, Font font, float after) {
        Paragraph paragraph = new Paragraph(value, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
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
