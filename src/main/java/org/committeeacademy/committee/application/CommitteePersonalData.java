package org.committeeacademy.committee.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * The committee a person belongs to or asked to join: it says where they sit in local politics. Erasure ends the
 * membership; the committee itself is a public body and stays.
 */
@ApplicationScoped
public class CommitteePersonalData implements PersonalDataSection {

    @Inject
    CommitteeRepository committees;

    @Override
    public String key() {
        return "committee";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(CommitteeMembership.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonObjectBuilder out = Jsons.createObjectBuilder();
        committees.membershipOf(accountId).ifPresent(m -> {
            committees.find(m.committeeId()).ifPresent(c -> out.add("committee", c.name()));
            out.add("status", m.status().name()).add("since", m.changedAt().toString());
        });
        return out.build();
    }

    @Override
    public void erase(long accountId) {
        committees.membershipOf(accountId).ifPresent(committees::remove);
    }
}
