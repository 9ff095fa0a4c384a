package org.committeeacademy.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The cohorts and sessions a trainer teaches. Erasure keeps the assignments (the sessions took place); they then
 * name the erased account, which names nobody.
 */
@ApplicationScoped
public class TeachingPersonalData implements PersonalDataSection {

    @Inject
    CohortRepository cohorts;

    @Override
    public String key() {
        return "teaching";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Cohort.class, Session.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder taught = Jsons.createArrayBuilder();
        cohorts.taughtBy(accountId).forEach(c -> taught.add(c.title()));
        return taught.build();
    }

    @Override
    public void erase(long accountId) {
        // nothing beyond the account itself: see the class comment
    }
}
