package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/** The account itself: exported first, anonymised last (after every other section has used the address). */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSection {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    Clock clock = Clock.systemUTC();

    @Override
    public String key() {
        return "account";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Account.class);
    }

    @Override
    public JsonValue export(long accountId) {
        return accounts.find(accountId)
                .map(a -> (JsonValue) Json.createObjectBuilder()
                        .add("id", a.id())
                        .add("email", a.email())
                        .add("name", a.name())
                        .add("language", a.language().code())
                        .add(
                                "roles",
                                Json.createArrayBuilder(a.roles().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()))
                        .add("createdAt", a.createdAt().toString())
                        .build())
                .orElse(JsonValue.NULL);
    }

    @Override
    public void erase(long accountId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String unusable = new PasswordHasher()
                .hash(Base64.getEncoder().encodeToString(secret).toCharArray());
        accounts.find(accountId).ifPresent(a -> a.erase(unusable, clock.instant()));
    }

    /** First in the export, and so erased last. */
    @Override
    public int order() {
        return 0;
    }
}
