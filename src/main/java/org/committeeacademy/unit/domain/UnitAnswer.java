package org.committeeacademy.unit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * A member's answer to one check question of a unit in one cohort: the chosen option keys, or a reflection. It is the
 * member's own; a reflection reaches the cohort's trainers only while the member shares it.
 */
@Entity
@Table(name = "unit_answer")
public class UnitAnswer {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "module_key")
    private String moduleKey;

    @Column(name = "unit_key")
    private String unitKey;

    @Column(name = "question_key")
    private String questionKey;

    private String answer = "";

    @Column(name = "shared_with_trainers")
    private boolean sharedWithTrainers;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Version
    @Column(name = "row_version")
    private long version;

    protected UnitAnswer() {}

    public UnitAnswer(long cohortId, long memberId, UnitQuestionRef question, Instant now) {
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.moduleKey = question.moduleKey();
        this.unitKey = question.unitKey();
        this.questionKey = question.questionKey();
        this.savedAt = now;
    }

    /** Options chosen; one for a single choice, any number of the offered ones for a multiple choice. */
    public void choose(Collection<String> chosen, Set<String> offered, boolean multiple, Instant now) {
        Set<String> keys = new LinkedHashSet<>(chosen);
        if (!offered.containsAll(keys)) {
            throw new ValidationException("answer", "unit.answer.unknownOption");
        }
        if (!multiple && keys.size() > 1) {
            throw new ValidationException("answer", "unit.answer.oneOption");
        }
        answer = String.join(",", keys);
        savedAt = now;
    }

    /** A reflection in the member's words; the empty text takes the answer back. */
    public void reflect(String text, Instant now) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > MAX_LENGTH) {
            throw new ValidationException("answer", "unit.answer.tooLong");
        }
        answer = cleaned;
        savedAt = now;
    }

    /** The member's consent (or its withdrawal) to show this reflection to the cohort's trainers. */
    public void share(boolean shared) {
        this.sharedWithTrainers = shared;
    }

    /** Whether the question counts as answered. */
    public boolean isAnswered() {
        return !answer.isBlank();
    }

    public List<String> chosen() {
        return answer.isBlank() ? List.of() : List.of(answer.split(","));
    }

    public String text() {
        return answer;
    }

    public boolean isShared() {
        return sharedWithTrainers;
    }

    public Long id() {
        return id;
    }

    public long cohortId() {
        return cohortId;
    }

    public long memberId() {
        return memberId;
    }

    public UnitQuestionRef question() {
        return new UnitQuestionRef(moduleKey, unitKey, questionKey);
    }

    public Instant savedAt() {
        return savedAt;
    }
}
