package org.committeeacademy.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.profile.application.CohortPeople;
import org.committeeacademy.profile.application.OfferView;

/** "Who brings what" on a cohort's page, for the people who may see each offer. */
@Named
@RequestScoped
public class CohortOffers {

    @Inject
    CohortPeople people;

    private List<OfferView> offers;

    public List<OfferView> in(long cohortId) {
        if (offers == null) {
            offers = people.offers(cohortId);
        }
        return offers;
    }
}
