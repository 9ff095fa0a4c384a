package org.committeeacademy.profile.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.InterestEntry;
import org.committeeacademy.profile.domain.InterestRepository;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.profile.domain.ProfileRepository;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The profile, the consents with their text versions, and the interest-list entries under the account's address.
 * Erasure deletes all three: a consent record tells what a person agreed to, which matters only while they exist.
 */
@ApplicationScoped
public class ProfilePersonalData implements PersonalDataSection {

    @Inject
    ProfileRepository profiles;

    @Inject
    InterestRepository interestList;

    @Inject
    AccountRepository accounts;

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
        JsonObjectBuilder profile = Jsons.createObjectBuilder();
        Profile p = profiles.find(accountId).orElse(null);
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
        JsonArrayBuilder consents = Jsons.createArrayBuilder();
        profiles.consents(accountId).forEach(c -> {
            JsonObjectBuilder line = Jsons.createObjectBuilder()
                    .add("kind", c.kind().name())
                    .add("textVersion", c.textVersion())
                    .add("givenAt", c.givenAt().toString());
            add(
                    line,
                    "withdrawnAt",
                    c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
            consents.add(line);
        });
        JsonArrayBuilder interest = Jsons.createArrayBuilder();
        interestOf(accountId).forEach(e -> {
            JsonObjectBuilder line = Jsons.createObjectBuilder()
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
        return Jsons.createObjectBuilder()
                .add("profile", profile)
                .add("consents", consents)
                .add("interestList", interest)
                .build();
    }

    @Override
    public void erase(long accountId) {
        interestOf(accountId).forEach(interestList::remove);
        profiles.removeConsents(accountId);
        profiles.find(accountId).ifPresent(profiles::remove);
    }

    private List<InterestEntry> interestOf(long accountId) {
        return accounts.find(accountId)
                .map(Account::email)
                .map(interestList::withEmail)
                .orElse(List.of());
    }

    private static void add(JsonObjectBuilder builder, String key, String value) {
        if (value != null) {
            builder.add(key, value);
        }
    }
}
