package org.committeeacademy.identity.rest;

import java.time.Instant;
import org.committeeacademy.identity.domain.ApiToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of /tokens. */
final class TokenDtos {

    private TokenDtos() {}

    /** POST /tokens {@code {"name": "Export script", "days": 90}}. */
    public record NewToken(String name, Integer days) {}

    /** The answer to POST /tokens: the only time the secret is shown. */
    @Schema(name = "CreatedToken", description = "the token itself is shown only in this answer")
    public record Created(long id, String name, String token, Instant expires) {

        static Created of(ApiToken.Issued issued) {
            ApiToken t = issued.token();
            return new Created(t.id(), t.name(), issued.secret(), t.expiresAt());
        }
    }

    /** A token in GET /tokens: never its secret. */
    public record Listed(long id, String name, Instant created, Instant expires, Instant lastUsed) {

        static Listed of(ApiToken t) {
            return new Listed(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt());
        }
    }
}
