package org.committeeacademy.survey.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a person answered a round, and nothing else: no time, no answers. Its unique key refuses a second answer
 * from the same person to the same round.
 */
@Entity
@Table(name = "survey_participation")
public class SurveyParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "round_key", nullable = false)
    private String roundKey;

    protected SurveyParticipation() {}

    SurveyParticipation(long accountId, long cohortId, String roundKey) {
        this.accountId = accountId;
        this.cohortId = cohortId;
        this.roundKey = roundKey;
    }
}
