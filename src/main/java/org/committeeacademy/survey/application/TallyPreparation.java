package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.SurveyRepository;

/**
 * Creates a round's counts in a transaction of their own before an answer is stored: two first answers at the same
 * moment then both add to the same rows instead of both trying to create them.
 */
@ApplicationScoped
public class TallyPreparation {

    @Inject
    SurveyRepository surveys;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void prepare(Round round, Collection<String> itemKeys) {
        surveys.prepareTallies(round, itemKeys);
    }
}
