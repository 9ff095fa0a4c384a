package org.committeeacademy.profile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.committeeacademy.enrolment.web.RosterPage;
import org.committeeacademy.profile.application.CohortPeople;

/** The accessibility needs beside the names on a cohort's roster (team/roster.xhtml): trainers and staff only. */
@Named
@ViewScoped
public class RosterNeeds implements Serializable {

    @Inject
    CohortPeople people;

    @Inject
    RosterPage roster;

    private Map<Long, String> needs;

    public String of(long memberId) {
        if (needs == null) {
            needs = new HashMap<>(people.accessibilityNeeds(roster.getId()));
        }
        return needs.get(memberId);
    }
}
