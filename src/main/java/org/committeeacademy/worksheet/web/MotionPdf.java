package org.committeeacademy.worksheet.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.pdf.TaggedPdf;
import org.committeeacademy.worksheet.domain.MotionDraft;

/**
 * A draft motion laid out as councils expect it: sender and date, addressee, the word "Motion", subject, the
 * resolution opened by "The committee is asked to resolve:", reasoning, and a line to sign.
 */
final class MotionPdf {

    private MotionPdf() {}

    /** @param text message lookup in the member's language */
    static void write(
            MotionDraft draft,
            String memberName,
            LocalDate today,
            Locale locale,
            Function<String, String> text,
            OutputStream out) {
        PdfPages pages = new PdfPages();
        TaggedPdf document = pages.open(out, locale, text.apply("motion.title") + " – " + draft.subject());
        Font body = pages.font(11, Font.NORMAL);
        Font bold = pages.font(11, Font.BOLD);
        Paragraph sender = pages.paragraph(
                memberName + "\n" + LocalFormats.of(Language.of(locale)).writtenDate(today), body, 0, 18);
        sender.setAlignment(Element.ALIGN_RIGHT);
        document.paragraph(sender);
        String addressee = draft.addressee().isBlank() ? text.apply("motion.addressee.default") : draft.addressee();
        document.paragraph(pages.paragraph(text.apply("motion.to") + " " + addressee, body, 0, 18));
        document.heading(1, pages.paragraph(text.apply("motion.title"), pages.font(18, Font.BOLD), 0, 6));
        document.paragraph(pages.paragraph(text.apply("motion.subject") + " " + draft.subject(), bold, 0, 14));
        document.heading(2, pages.paragraph(text.apply("motion.resolve"), bold, 0, 4));
        document.paragraph(pages.paragraph(draft.resolution(), body, 0, 14));
        document.heading(2, pages.paragraph(text.apply("motion.reasoning"), bold, 0, 4));
        document.paragraph(pages.paragraph(draft.reasoning(), body, 0, 30));
        document.paragraph(pages.paragraph("_______________________________\n" + memberName, body, 10, 0));
        document.paragraph(pages.paragraph(text.apply("motion.draftNote"), pages.muted(8.5f), 24, 0));
        document.close();
    }
}
