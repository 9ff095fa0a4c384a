package org.committeeacademy.survey.application;

/** When a survey is asked: before the first session, after a module, or at the 6-month goal check-in. */
public enum SurveyPhase {
    BASELINE,
    AFTER_MODULE,
    FOLLOW_UP
}
