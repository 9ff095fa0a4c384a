package org.committeeacademy.survey.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.survey.application.MySurveys;
import org.committeeacademy.survey.application.Questionnaire;
import org.committeeacademy.survey.domain.Answers;

/** /member/survey.xhtml?round=: answering one survey, every item may be skipped; then a thank-you. */
@Named
@ViewScoped
public class AnswerSurveyPage implements Serializable {

    @Inject
    MySurveys surveys;

    @Inject
    PageMessages messages;

    private String round;
    private transient Questionnaire questionnaire;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private boolean thanked;

    public void load() throws IOException {
        try {
            questionnaire = surveys.questionnaire(round);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void submit() {
        if (messages.attempt(
                () -> surveys.answer(round, new Answers(scores, texts)),
                Refusals.onPage().gone("survey.closed"))) {
            thanked = true;
        }
    }

    public boolean isAnsweredBefore() {
        return !thanked && questionnaire != null && questionnaire.answered();
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public Questionnaire getQuestionnaire() {
        if (questionnaire == null) {
            questionnaire = surveys.questionnaire(round);
        }
        return questionnaire;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public boolean isThanked() {
        return thanked;
    }
}
