package org.committeeacademy.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.committeeacademy.enrolment.domain.Enrolment;

/** That a member was warned about their absences in a cohort, once per threshold. */
@Entity
@Table(name = "absence_warning")
public class AbsenceWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    private int threshold;
    private int absences;

    @Column(name = "warned_at")
    private Instant warnedAt;

    protected AbsenceWarning() {}

    public AbsenceWarning(Enrolment enrolment, int threshold, int absences, Instant warnedAt) {
        this.enrolment = enrolment;
        this.threshold = threshold;
        this.absences = absences;
        this.warnedAt = warnedAt;
    }

    /** A warning is due once the absences reach the threshold; 0 or less means warnings are off. */
    public static boolean isDue(int absences, int threshold) {
        return threshold > 0 && absences >= threshold;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public int threshold() {
        return threshold;
    }

    public int absences() {
        return absences;
    }

    public Instant warnedAt() {
        return warnedAt;
    }
}
