package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The profile, the consents with their text versions, and the interest-list entries under the account's address.
 * Erasure deletes all three: a consent record tells what a person agreed to, which matters only while they exist.
 */
@ApplicationScoped
public class ProfilePersonalData implements PersonalDataSection {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String key() {
        return "profile";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Profile.class, Consent.class, InterestEntry.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonObjectBuilder profile = Json.createObjectBuilder();
        Profile p = em.find(Profile.class, accountId);
        if (p != null) {
            add(profile, "municipality", p.municipality());
            add(
                    profile,
                    "committeeRole",
                    p.committeeRole() == null ? null : p.committeeRole().name());
            add(profile, "contactPhone", p.contactPhone());
            add(profile, "accessibilityNeeds", p.accessibilityNeeds());
            add(profile, "talents", p.talents());
            add(profile, "languagesOffered", p.languagesOffered());
            profile.add("talentsVisibility", p.talentsVisibility().name());
        }
        JsonArrayBuilder consents = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM Consent c WHERE c.accountId = :a ORDER BY c.givenAt", Consent.class)
                .setParameter("a", accountId)
                .getResultList()
                .forEach(c -> {
                    JsonObjectBuilder line = Json.createObjectBuilder()
                            .add("kind", c.kind().name())
                            .add("textVersion", c.textVersion())
                            .add("givenAt", c.givenAt().toString());
                    add(
                            line,
                            "withdrawnAt",
                            c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
                    consents.add(line);
                });
        JsonArrayBuilder interest = Json.createArrayBuilder();
        interestOf(accountId).forEach(e -> {
            JsonObjectBuilder line = Json.createObjectBuilder()
                    .add("venueId", e.venueId())
                    .add("email", e.email())
                    .add("name", e.name())
                    .add("signedUpAt", e.createdAt().toString());
            add(
                    line,
                    "confirmedAt",
                    e.confirmedAt() == null ? null : e.confirmedAt().toString());
            interest.add(line);
        });
        return Json.createObjectBuilder()
                .add("profile", profile)
                .add("consents", consents)
                .add("interestList", interest)
                .build();
    }

    @Override
    public void erase(long accountId) {
        interestOf(accountId).forEach(em::remove);
        em.createQuery("DELETE FROM Consent c WHERE c.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
        Profile p = em.find(Profile.class, accountId);
        if (p != null) {
            em.remove(p);
        }
    }

    private List<InterestEntry> interestOf(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM InterestEntry e WHERE e.email = :m ORDER BY e.id", InterestEntry.class)
                .setParameter("m", account.email())
                .getResultList();
    }

    private static void add(JsonObjectBuilder builder, String key, String value) {
        if (value != null) {
            builder.add(key, value);
        }
    }
}
