package org.committeeacademy.notification.domain;

import java.util.ArrayList;
import java.util.List;

/** A mail as composed for one recipient: subject, plain text, simple HTML, and files to attach. */
public record Mail(String subject, String text, String html, List<Attachment> attachments) {

    public Mail {
        attachments = List.copyOf(attachments);
    }

    public Mail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new Mail(subject, text, html, more);
    }
}
