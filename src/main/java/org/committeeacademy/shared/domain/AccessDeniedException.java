package org.committeeacademy.shared.domain;

/** The caller may not do this; pages answer 403, the API 403 (or 404 where the object must stay hidden). */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
