package org.committeeacademy.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.domain.Language;

/**
 * One mail in the outbox. It is written in the transaction of the change it tells about; the sender then claims it
 * (PENDING → SENDING, one row, in the database) before it talks to the mail server, and records here how that went.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "recipient_email")
    private String recipientEmail;

    @Column(name = "mail_language")
    private Language language;

    @Enumerated(EnumType.STRING)
    private Notice notice;

    private String subject;

    @Lob
    @Column(name = "text_body")
    private String textBody;

    @Lob
    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "message_id"))
    @OrderColumn(name = "position_no")
    private List<Attachment> attachments = new ArrayList<>();

    protected OutboxMessage() {}

    /** The organisation whose cohort the mail is about; null for the platform's own mails. */
    @Column(name = "organisation_id")
    private Long organisationId;

    /** {@code deliver} is false when no mail server is configured: the mail is then only kept. */
    public OutboxMessage(
            Long recipientId, String email, Language language, Notice notice, Mail mail, boolean deliver, Instant now) {
        this.recipientId = recipientId;
        this.recipientEmail = email;
        this.language = language;
        this.notice = notice;
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.attachments.addAll(mail.attachments());
        this.status = deliver ? DeliveryStatus.PENDING : DeliveryStatus.HELD;
        this.nextAttemptAt = deliver ? now : null;
        this.createdAt = now;
    }

    public void delivered(Instant now) {
        requireSending();
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        textBody = LinkSecrets.blank(textBody);
        htmlBody = LinkSecrets.blank(htmlBody);
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: tried again after the back-off pause, or given up after the last attempt. */
    public void attemptFailed(String error, Instant now) {
        requireSending();
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        Optional<Duration> pause = Backoff.after(attempts);
        status = pause.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        nextAttemptAt = pause.map(now::plus).orElse(null);
    }

    private void requireSending() {
        if (status != DeliveryStatus.SENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not claimed for sending");
        }
    }

    public Long id() {
        return id;
    }

    public Long recipientId() {
        return recipientId;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public Language language() {
        return language;
    }

    public Notice notice() {
        return notice;
    }

    public Mail mail() {
        return new Mail(subject, textBody, htmlBody, attachments);
    }

    public String subject() {
        return subject;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The mail goes out in the name of this organisation (its name as sender, its address for replies). */
    public void sentFor(Long newOrganisationId) {
        this.organisationId = newOrganisationId;
    }

    public Long organisationId() {
        return organisationId;
    }
}
