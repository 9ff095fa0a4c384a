package org.committeeacademy.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AmbassadorRepository {

    Optional<Ambassador> find(long accountId);

    Optional<Ambassador> findByCode(String code);

    List<Ambassador> all();

    Ambassador add(Ambassador ambassador);

    void remove(Ambassador ambassador);

    void add(Referral referral);

    Optional<Referral> referralOf(long accountId);

    List<Referral> referralsBy(long ambassadorId);

    List<Referral> referrals();

    /** Forgets the person's side of referrals: as ambassador and as someone who came through one. */
    void deleteReferralsOf(long accountId);
}
