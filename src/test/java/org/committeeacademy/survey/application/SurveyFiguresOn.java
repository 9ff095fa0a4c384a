package org.committeeacademy.survey.application;

import jakarta.persistence.EntityManager;
import org.committeeacademy.survey.persistence.JpaSurveyRepository;

/** The dashboard's survey figures outside the container, on one EntityManager: for the dashboard benchmark. */
public final class SurveyFiguresOn {

    private SurveyFiguresOn() {}

    public static SurveyFigures entityManager(EntityManager em) {
        SurveyResults results = new SurveyResults();
        results.surveys = new JpaSurveyRepository(em);
        return results;
    }
}
