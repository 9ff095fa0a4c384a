package org.committeeacademy.worksheet.domain;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.committeeacademy.shared.json.Jsons;

/** One submitted state of a worksheet, kept for ever, with the trainer's decision and comments once reviewed. */
@Entity
@Table(name = "worksheet_version")
public class WorksheetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "worksheet_id")
    private Worksheet worksheet;

    @Column(name = "version_no")
    private int number;

    @Lob
    private String answers;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    /** {sectionKey: comment} as JSON. */
    @Lob
    private String comments;

    @Column(name = "reviewer_name")
    private String reviewerName;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected WorksheetVersion() {}

    WorksheetVersion(Worksheet worksheet, int number, String answers, Instant submittedAt) {
        this.worksheet = worksheet;
        this.number = number;
        this.answers = answers;
        this.submittedAt = submittedAt;
    }

    void review(ReviewDecision decision, Map<String, String> sectionComments, String reviewer, Instant now) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        sectionComments.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                json.add(section, text.strip());
            }
        });
        this.decision = decision;
        this.comments = json.build().toString();
        this.reviewerName = reviewer;
        this.reviewedAt = now;
    }

    public boolean isReviewed() {
        return decision != null;
    }

    public Map<String, String> comments() {
        Map<String, String> map = new LinkedHashMap<>();
        if (comments != null) {
            Jsons.createReader(new StringReader(comments))
                    .readObject()
                    .forEach((k, v) -> map.put(k, ((JsonString) v).getString()));
        }
        return map;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Answers answers() {
        return Answers.stored(answers);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
