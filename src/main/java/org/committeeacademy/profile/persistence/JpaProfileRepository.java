package org.committeeacademy.profile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.committeeacademy.profile.domain.Consent;
import org.committeeacademy.profile.domain.Profile;
import org.committeeacademy.profile.domain.ProfileRepository;
import org.committeeacademy.shared.persistence.InLists;

/**
 * Profiles and consents; the committee's name on the account and who sits in or teaches a cohort are read with SQL
 * of its own, so the identity and enrolment features' entities stay as they are.
 */
@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {

    private static final String SEATED = "SELECT e.member_id FROM enrolment e WHERE e.cohort_id = ?"
            + " AND e.status IN ('CONFIRMED', 'OFFERED', 'COMPLETED')";

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaProfileRepository() {}

    public JpaProfileRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Profile> find(long accountId) {
        return Optional.ofNullable(em.find(Profile.class, accountId));
    }

    @Override
    public Profile add(Profile profile) {
        em.persist(profile);
        return profile;
    }

    @Override
    public List<Consent> consents(long accountId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.accountId = :a ORDER BY c.givenAt", Consent.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public void addConsent(Consent consent) {
        em.persist(consent);
    }

    @Override
    public void remove(Profile profile) {
        em.remove(profile);
    }

    @Override
    public void removeConsents(long accountId) {
        em.createQuery("DELETE FROM Consent c WHERE c.accountId = :a")
                .setParameter("a", accountId)
                .executeUpdate();
    }

    @Override
    public Map<Long, String> needsOfSeated(long cohortId) {
        Map<Long, String> needs = new HashMap<>();
        List<Long> ids = em.createNativeQuery(SEATED).setParameter(1, cohortId).getResultList().stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        for (Profile p : profilesOf(ids).values()) {
            if (p.accessibilityNeeds() != null) {
                needs.put(p.accountId(), p.accessibilityNeeds());
            }
        }
        return needs;
    }

    @Override
    public List<Offer> offersOfSeated(long cohortId) {
        List<?> rows = em.createNativeQuery("SELECT a.id, a.display_name FROM account a WHERE a.id IN (" + SEATED
                        + ") ORDER BY a.display_name")
                .setParameter(1, cohortId)
                .getResultList();
        List<Object[]> people = rows.stream().map(row -> (Object[]) row).toList();
        Map<Long, Profile> profiles = profilesOf(
                people.stream().map(row -> ((Number) row[0]).longValue()).toList());
        return people.stream()
                .flatMap(row -> Optional.ofNullable(profiles.get(((Number) row[0]).longValue()))
                        .filter(Profile::offersSomething)
                        .map(p -> new Offer(p.accountId(), String.valueOf(row[1]), p))
                        .stream())
                .toList();
    }

    /** The profiles of these accounts in one statement (the cohort page showed each person's with one of its own). */
    private Map<Long, Profile> profilesOf(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT p FROM Profile p WHERE p.accountId IN :ids", Profile.class)
                .setParameter("ids", InLists.padded(accountIds))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Profile::accountId, p -> p, (a, b) -> a));
    }

    @Override
    public boolean teaches(long accountId, long cohortId) {
        return !em.createNativeQuery("SELECT 1 FROM cohort_trainer WHERE cohort_id = ? AND account_id = ?")
                .setParameter(1, cohortId)
                .setParameter(2, accountId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean holdsSeat(long accountId, long cohortId) {
        return !em.createNativeQuery(SEATED + " AND e.member_id = ?")
                .setParameter(1, cohortId)
                .setParameter(2, accountId)
                .getResultList()
                .isEmpty();
    }
}
