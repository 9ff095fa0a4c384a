package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.survey.domain.SurveyRepository;
import org.committeeacademy.survey.persistence.SurveyParticipation;

/**
 * Which surveys a person answered (and was invited to). The answers themselves are anonymous: nothing links them to
 * the person, so they are neither exported nor erased, and erasing the participation leaves them as figures.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalDataSection {

    @Inject
    SurveyRepository surveys;

    @Override
    public String key() {
        return "surveys";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(SurveyParticipation.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder answered = Jsons.createArrayBuilder();
        surveys.roundsTakenBy(accountId)
                .forEach(round -> answered.add(Jsons.createObjectBuilder()
                        .add("cohortId", round.cohortId())
                        .add("phase", round.phase().name())
                        .add("module", round.moduleKey() == null ? "" : round.moduleKey())));
        return Jsons.createObjectBuilder().add("answered", answered).build();
    }

    @Override
    public void erase(long accountId) {
        surveys.forgetPerson(accountId);
    }
}
