package org.committeeacademy.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface TokenRepository {

    OneTimeToken add(OneTimeToken token);

    Optional<OneTimeToken> findByHash(String tokenHash);

    /** The unused links of an account or invitation, to make them void when a new one goes out. */
    List<OneTimeToken> openFor(TokenPurpose purpose, Long accountId, Long invitationId);

    List<OneTimeToken> ofAccount(long accountId);

    void deleteOfAccount(long accountId);

    /** Removes links that expired before the instant: they can never be used again. */
    int deleteExpiredBefore(Instant instant);
}
