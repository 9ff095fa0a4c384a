package org.committeeacademy.committee.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.committee.application.Committees;
import org.committeeacademy.committee.domain.Committee;

/** The committees to choose from, for any page that lets someone pick one (my committee, an invitation). */
@Named
@RequestScoped
public class CommitteeChoices {

    @Inject
    Committees committees;

    private List<Committee> all;

    public List<Committee> getAll() {
        if (all == null) {
            all = committees.all();
        }
        return all;
    }
}
