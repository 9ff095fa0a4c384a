package org.committeeacademy.unit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;
import org.committeeacademy.unit.domain.UnitAnswer;
import org.committeeacademy.unit.domain.UnitAnswerRepository;

/** A member's answers to the units' check questions, with whether each reflection is shared; erasure removes them. */
@ApplicationScoped
public class UnitPersonalData implements PersonalDataSection {

    @Inject
    UnitAnswerRepository answers;

    @Override
    public String key() {
        return "unitAnswers";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(UnitAnswer.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (UnitAnswer a : answers.ofAccount(accountId)) {
            list.add(Jsons.createObjectBuilder()
                    .add("cohort", a.cohortId())
                    .add("module", a.question().moduleKey())
                    .add("unit", a.question().unitKey())
                    .add("question", a.question().questionKey())
                    .add("answer", a.text())
                    .add("sharedWithTrainers", a.isShared())
                    .add("savedAt", a.savedAt().toString()));
        }
        return list.build();
    }

    @Override
    public void erase(long accountId) {
        answers.removeOfAccount(accountId);
    }
}
