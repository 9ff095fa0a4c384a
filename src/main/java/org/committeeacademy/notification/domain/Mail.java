package org.committeeacademy.notification.domain;

import java.util.ArrayList;
import java.util.List;

/** A mail as composed for one recipient: subject, plain text, simple HTML, and files to attach. */
public record Mail(String subject, String text, String html, List<Attachment> attachments) {

    public Mail {
        attachments = List.copyOf(attachments);
    }

    /** The mail with a closing block: after a signature separator in the text, before the end of the HTML body. */
    public Mail withFooter(String footerText, String footerHtml) {
        int end = html.lastIndexOf("</body>");
        String newHtml = end < 0 ? html + footerHtml : html.substring(0, end) + footerHtml + "\n" + html.substring(end);
        return new Mail(subject, text.stripTrailing() + "\n\n-- \n" + footerText + "\n", newHtml, attachments);
    }

    public Mail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(subject, text, html, more);
    }
}
