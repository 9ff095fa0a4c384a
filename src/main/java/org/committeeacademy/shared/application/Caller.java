package org.committeeacademy.shared.application;

/**
 * The person behind the current request, for the few checks features below identity make. A port: identity
 * implements it from the stored account, so a role taken away counts at once.
 */
public interface Caller {

    /** @throws org.committeeacademy.shared.domain.AccessDeniedException unless signed in as an admin */
    void requireAdmin();
}
