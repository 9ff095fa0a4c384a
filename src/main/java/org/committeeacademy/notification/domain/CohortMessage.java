package org.committeeacademy.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A message a trainer or staff member wrote to a group of a cohort. It keeps who it was addressed to, so members see
 * the messages meant for them, even after they left the group.
 */
@Entity
@Table(name = "cohort_message")
public class CohortMessage {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name")
    private String authorName;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private String subject;

    @Lob
    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "cohort_message_recipient", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "account_id")
    private Set<Long> recipients = new LinkedHashSet<>();

    protected CohortMessage() {}

    public CohortMessage(
            long cohortId,
            long authorId,
            String authorName,
            Audience audience,
            String subject,
            String body,
            Collection<Long> recipients,
            Instant now) {
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.strip();
        if (s.isEmpty() || s.length() > MAX_SUBJECT) {
            throw new ValidationException("subject", "cohortMessages.subject.required");
        }
        if (b.isEmpty() || b.length() > MAX_TEXT) {
            throw new ValidationException("text", "cohortMessages.text.required");
        }
        if (audience == null || recipients.isEmpty()) {
            throw new ValidationException("audience", "cohortMessages.noRecipients");
        }
        this.cohortId = cohortId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.audience = audience;
        this.subject = s;
        this.body = b;
        this.recipients.addAll(recipients);
        this.sentAt = now;
    }

    public Long id() {
        return id;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String authorName() {
        return authorName;
    }

    public Audience audience() {
        return audience;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Set<Long> recipients() {
        return Set.copyOf(recipients);
    }
}
