package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The enrolments of one cohort as its roster holds them, one per member who ever enrolled: found by member, checked
 * to belong here and to be in the state an action needs, and the new ones kept apart for the repository to store.
 */
final class EnrolmentList {

    private final Cohort cohort;
    private final List<Enrolment> enrolments;
    private final List<Enrolment> created = new ArrayList<>();

    EnrolmentList(Cohort cohort, Collection<Enrolment> enrolments) {
        this.cohort = cohort;
        this.enrolments = new ArrayList<>(enrolments);
    }

    Optional<Enrolment> active(Account member) {
        return enrolments.stream()
                .filter(e -> e.status() != null && e.status().isActive())
                .filter(e -> e.member() == member
                        || (member.id() != null && member.id().equals(e.member().id())))
                .findFirst();
    }

    /**
     * The member's enrolment to (re)start: an ended one of this cohort comes back with its history (there is one
     * row per member and cohort), else a new one.
     */
    Enrolment start(Account member, Instant now) {
        requireMember(member);
        Optional<Enrolment> ended =
                enrolments.stream().filter(e -> e.belongsTo(member)).findFirst();
        if (ended.isPresent()) {
            return ended.get();
        }
        Enrolment enrolment = new Enrolment(cohort, member, now);
        enrolments.add(enrolment);
        created.add(enrolment);
        return enrolment;
    }

    /** Only members take part in courses. */
    static void requireMember(Account member) {
        if (!member.hasRole(Role.MEMBER)) {
            throw new ValidationException("memberId", "enrolment.member.notMember");
        }
    }

    void require(Enrolment enrolment, EnrolmentStatus expected) {
        requireOwn(enrolment);
        if (enrolment.status() != expected) {
            throw new ConflictException("enrolment.status." + expected.name().toLowerCase(Locale.ROOT));
        }
    }

    void requireActive(Enrolment enrolment) {
        requireOwn(enrolment);
        if (!enrolment.status().isActive()) {
            throw new ConflictException("enrolment.notActive");
        }
    }

    private void requireOwn(Enrolment enrolment) {
        if (!enrolments.contains(enrolment)) {
            throw new IllegalArgumentException("Enrolment " + enrolment.id() + " is not in cohort " + cohort.id());
        }
    }

    int held() {
        return (int) enrolments.stream()
                .filter(e -> e.status() != null && e.status().holdsSeat())
                .count();
    }

    /** The people waiting, first come first served. */
    List<Enrolment> waiting() {
        return enrolments.stream()
                .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::waitlistTicket))
                .toList();
    }

    List<Enrolment> expiredOffers(Instant now) {
        return enrolments.stream().filter(e -> e.isOfferExpired(now)).toList();
    }

    List<Enrolment> all() {
        return List.copyOf(enrolments);
    }

    List<Enrolment> created() {
        return List.copyOf(created);
    }
}
