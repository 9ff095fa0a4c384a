package org.committeeacademy.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> find(long id);

    /** The account's tokens that are neither revoked nor expired, newest first. */
    List<ApiToken> activeOf(long accountId, Instant now);

    /** Revokes every token of the account still open; how many. */
    int revokeAllOf(long accountId, Instant now);

    void deleteOfAccount(long accountId);
}
