package org.committeeacademy.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.goal.domain.Checkpoint;

/** The coordinators' look back at one checkpoint: the rating and the soft outcomes. */
@Entity
@Table(name = "project_check_in")
public class ProjectCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "checkpoint_months")
    private int checkpointMonths;

    private int rating;

    @Enumerated(EnumType.STRING)
    @Column(name = "strangers_together")
    private Answer strangersTogether;

    @Enumerated(EnumType.STRING)
    @Column(name = "newcomers_led")
    private Answer newcomersLed;

    private String note;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ProjectCheckIn() {}

    ProjectCheckIn(Project project, long recordedBy, Checkpoint checkpoint, CheckInAnswers answers, Instant now) {
        this.project = project;
        this.recordedBy = recordedBy;
        this.checkpointMonths = checkpoint.months();
        this.rating = answers.rating();
        this.strangersTogether = answers.strangersTogether();
        this.newcomersLed = answers.newcomersLed();
        this.note = answers.note();
        this.recordedAt = now;
    }

    public Checkpoint checkpoint() {
        return Checkpoint.ofMonths(checkpointMonths).orElseThrow();
    }

    /** Null once the account was erased. */
    public Long recordedBy() {
        return recordedBy;
    }

    public CheckInAnswers answers() {
        return new CheckInAnswers(rating, strangersTogether, newcomersLed, note);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
