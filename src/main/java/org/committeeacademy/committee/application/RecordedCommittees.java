package org.committeeacademy.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.identity.application.CommitteeDirectory;

/** Identity's view of the committees: whether an invitation names a real one, and an account's confirmed one. */
@ApplicationScoped
@Transactional
public class RecordedCommittees implements CommitteeDirectory {

    @Inject
    CommitteeRepository committees;

    @Override
    public boolean exists(long committeeId) {
        return committees.find(committeeId).isPresent();
    }

    @Override
    public Optional<Long> confirmedCommitteeOf(long accountId) {
        return committees
                .membershipOf(accountId)
                .filter(CommitteeMembership::isConfirmed)
                .map(CommitteeMembership::committeeId);
    }

    @Override
    public Optional<String> confirmedCommitteeNameOf(long accountId) {
        return confirmedCommitteeOf(accountId).flatMap(committees::find).map(c -> c.name());
    }
}
