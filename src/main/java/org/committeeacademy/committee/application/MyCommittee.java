package org.committeeacademy.committee.application;

import java.io.Serializable;
import org.committeeacademy.committee.domain.MembershipStatus;

/** The committee a member belongs to or asked to join, as their pages show it. */
public record MyCommittee(long committeeId, String name, MembershipStatus status) implements Serializable {

    public boolean confirmed() {
        return status == MembershipStatus.CONFIRMED;
    }
}
