package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.identity.domain.ApiTokenRepository;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/** The account itself: exported first, anonymised last (after every other section has used the address). */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSection {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    ApiTokenRepository apiTokens;

    @Inject
    AccountSessions sessions;

    Clock clock = Clock.systemUTC();

    @Override
    public String key() {
        return "account";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Account.class, ApiToken.class);
    }

    @Override
    public JsonValue export(long accountId) {
        return accounts.find(accountId)
                .map(a -> (JsonValue) Jsons.createObjectBuilder()
                        .add("id", a.id())
                        .add("email", a.email())
                        .add("name", a.name())
                        .add("language", a.language().code())
                        .add("plainLanguage", a.plainLanguage())
                        .add(
                                "roles",
                                Jsons.createArrayBuilder(a.roles().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()))
                        .add("createdAt", a.createdAt().toString())
                        .add("apiTokens", apiTokensOf(a.id()))
                        .build())
                .orElse(JsonValue.NULL);
    }

    /** The names and dates of the account's open API tokens; never a secret (only hashes are stored). */
    private JsonArrayBuilder apiTokensOf(long accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        apiTokens.activeOf(accountId, clock.instant()).forEach(t -> {
            JsonObjectBuilder token = Jsons.createObjectBuilder()
                    .add("name", t.name())
                    .add("createdAt", t.createdAt().toString())
                    .add("expires", t.expiresAt().toString());
            if (t.lastUsedAt() != null) {
                token.add("lastUsed", t.lastUsedAt().toString());
            }
            list.add(token);
        });
        return list;
    }

    @Override
    public void erase(long accountId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String unusable = new PasswordHasher()
                .hash(Base64.getEncoder().encodeToString(secret).toCharArray());
        accounts.find(accountId).ifPresent(a -> {
            a.erase(unusable, clock.instant());
            // the erasure raised the session version: this instance forgets its cached copy now (others within 1 s)
            sessions.announce(a, false);
        });
        apiTokens.deleteOfAccount(accountId);
    }

    /** First in the export, and so erased last. */
    @Override
    public int order() {
        return 0;
    }
}
