package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.LastChange;

/**
 * No lost updates: an edit made on the version the caller saw (If-Match, or the version a page carried) is recorded
 * with who made it; one made on an older version is refused naming who changed it since and when.
 */
@ApplicationScoped
public class EditStamps {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountRepository accounts;

    /** Call inside the editing transaction, before changing the object; null expects no particular version. */
    public void edit(LastChange change, Long expectedVersion) {
        check(change, expectedVersion);
        change.record(currentUser.account().map(Account::id).orElse(null), Instant.now());
    }

    public void check(LastChange change, Long expectedVersion) {
        if (expectedVersion == null || expectedVersion == change.version()) {
            return;
        }
        change.requireVersion(
                expectedVersion,
                Optional.ofNullable(change.changedBy())
                        .flatMap(accounts::find)
                        .map(Account::name)
                        .orElse(null));
    }
}
