package org.committeeacademy.profile.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TalentVisibilityTest {

    @Test
    void nobodySeesWhatIsOnlyStored() {
        assertFalse(TalentVisibility.NOBODY.visibleTo(true, true));
    }

    @Test
    void theCohortSeesWhatIsSharedWithTheCohortAndNobodyElse() {
        assertTrue(TalentVisibility.COHORT.visibleTo(true, false));
        assertFalse(TalentVisibility.COHORT.visibleTo(false, true));
    }

    @Test
    void allSignedInMembersSeeWhatIsSharedWithAllMembers() {
        assertTrue(TalentVisibility.ALL_MEMBERS.visibleTo(false, true));
        assertFalse(TalentVisibility.ALL_MEMBERS.visibleTo(false, false), "not staff outside the cohort");
    }
}
