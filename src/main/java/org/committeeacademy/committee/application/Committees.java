package org.committeeacademy.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The list of committees: everyone signed in sees it (to pick theirs); staff, the state coordinator and admins add to
 * it.
 */
@ApplicationScoped
@Transactional
public class Committees {

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    public List<Committee> all() {
        currentUser.require();
        return committees.all();
    }

    public Committee create(String name, String municipality, String ags, CommitteeKind kind) {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
        Committee committee = new Committee(name, municipality, ags, kind);
        requireConsistent(committee);
        return committees.add(committee);
    }

    /**
     * Corrects a committee's record, e.g. the code of one moved over from a typed name. Committees are public bodies
     * shared by all organisations; their members stay as they are.
     */
    public Committee edit(long id, String name, String municipality, String ags, CommitteeKind kind) {
        currentUser.requireAnyRole(Role.STAFF, Role.COORDINATOR, Role.ADMIN);
        Committee committee = committees.find(id).orElseThrow(() -> new NotFoundException("committee " + id));
        committee.revise(name, municipality, ags, kind);
        requireConsistent(committee);
        return committee;
    }

    /** One name per committee, and a municipality code names one municipality. */
    private void requireConsistent(Committee committee) {
        committees
                .findByName(committee.name())
                .filter(other -> !other.id().equals(committee.id()))
                .ifPresent(other -> {
                    throw new ConflictException("committee.name.taken", committee.name());
                });
        committees.all().stream()
                .filter(other -> !other.id().equals(committee.id()))
                .filter(other -> committee.ags().equals(other.ags()))
                .filter(other -> !other.municipality().equalsIgnoreCase(committee.municipality()))
                .findFirst()
                .ifPresent(other -> {
                    throw new ValidationException("ags", "committee.ags.otherMunicipality");
                });
    }
}
