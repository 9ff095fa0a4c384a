package org.committeeacademy.identity.application;

import java.util.Optional;

/**
 * A port for the committee feature, which sits above identity: whether a committee named on an invitation exists,
 * and the committee an account is a confirmed member of (for GET /me).
 */
public interface CommitteeDirectory {

    boolean exists(long committeeId);

    Optional<Long> confirmedCommitteeOf(long accountId);

    /** The name of the committee the account is a confirmed member of, for the accounts page. */
    Optional<String> confirmedCommitteeNameOf(long accountId);
}
