package org.committeeacademy.shared.domain;

/**
 * A DTO of an object that can be changed through the API: the API (shared.rest.EntityTags) answers its version as the {@code ETag},
 * and a {@code PUT} with {@code If-Match} is refused with 412 when the object has moved on since.
 */
public interface Versioned {

    long version();
}
