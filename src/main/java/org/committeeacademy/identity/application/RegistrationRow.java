package org.committeeacademy.identity.application;

import java.io.Serializable;
import java.time.Instant;

/** A pending registration as staff see it; ambassador is the name of the person it came through, or null. */
public record RegistrationRow(
        long id, String name, String email, String language, String message, String ambassador, Instant createdAt)
        implements Serializable {}
