package org.committeeacademy.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.util.Base64;

/** A file that travels with a mail, such as an iCalendar invitation. */
@Embeddable
public class Attachment {

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    @Column(name = "content_base64")
    private String contentBase64;

    protected Attachment() {}

    public Attachment(String fileName, String contentType, byte[] content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.contentBase64 = Base64.getEncoder().encodeToString(content);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }
}
