package org.committeeacademy.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The cohorts and sessions a trainer teaches. Erasure keeps the assignments (the sessions took place); they then
 * name the erased account, which names nobody.
 */
@ApplicationScoped
public class TeachingPersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

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
        Account account = em.find(Account.class, accountId);
        JsonArrayBuilder cohorts = Json.createArrayBuilder();
        if (account != null) {
            em.createQuery("SELECT c FROM Cohort c WHERE :a MEMBER OF c.trainers ORDER BY c.title", Cohort.class)
                    .setParameter("a", account)
                    .getResultList()
                    .forEach(c -> cohorts.add(c.title()));
        }
        return cohorts.build();
    }

    @Override
    public void erase(long accountId) {
        // nothing beyond the account itself: see the class comment
    }
}
