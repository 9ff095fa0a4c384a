package org.committeeacademy.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.Versioned;

/**
 * No lost updates over the API, one mechanism for every resource: each answer whose body is {@link Versioned} carries
 * {@code ETag: "<version>"} (GET and the answer to PUT alike), and {@link #expected} reads a PUT's {@code If-Match}
 * for the service, which refuses a stale version ({@code StaleVersionException}, 412). If-Match is optional: a
 * client written against the first wave sends none and keeps working (last write wins), so there is no 428.
 */
@Provider
public class EntityTags implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned versioned && response.getStatus() < 300) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag(versioned.version()));
        }
    }

    /** 200 with the body and its ETag, for a body that is no {@link Versioned} DTO (a JSON object). */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(new EntityTag(String.valueOf(version))).build();
    }

    public static String tag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match names: null when there is none (or {@code *}, any version); {@code W/"3"} counts like
     * {@code "3"}. Of a list, the first tag counts. A tag that is no version of ours can never match (412); a header
     * that is no entity tag at all is refused (400).
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String first = ifMatch.split(",")[0].strip();
        if (first.startsWith("W/")) {
            first = first.substring(2);
        }
        if (first.length() < 2 || !first.startsWith("\"") || !first.endsWith("\"")) {
            throw new ValidationException("If-Match", "api.ifMatch.invalid");
        }
        try {
            return Long.parseLong(first.substring(1, first.length() - 1));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
