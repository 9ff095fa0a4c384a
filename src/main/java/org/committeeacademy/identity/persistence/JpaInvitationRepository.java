package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.Registration;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaInvitationRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaInvitationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Invitation add(Invitation invitation) {
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    @Override
    public Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> all() {
        return em.createQuery("SELECT i FROM Invitation i ORDER BY i.createdAt DESC, i.id DESC", Invitation.class)
                .getResultList();
    }

    @Override
    public List<Invitation> page(Long organisationId, int first, int size) {
        String where = organisationId == null ? "" : " WHERE i.organisationId = :organisation";
        TypedQuery<Invitation> query = em.createQuery(
                "SELECT i FROM Invitation i" + where + " ORDER BY i.createdAt DESC, i.id DESC", Invitation.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(Long organisationId) {
        String where = organisationId == null ? "" : " WHERE i.organisationId = :organisation";
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM Invitation i" + where, Long.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Invitation> openTo(String normalizedEmail) {
        return em.createQuery(
                        "SELECT i FROM Invitation i WHERE i.email = :email AND i.acceptedAt IS NULL", Invitation.class)
                .setParameter("email", normalizedEmail)
                .getResultList();
    }

    @Override
    public List<Invitation> invitationsTo(String normalizedEmail) {
        return em.createQuery(
                        "SELECT i FROM Invitation i WHERE i.email = :email ORDER BY i.createdAt", Invitation.class)
                .setParameter("email", normalizedEmail)
                .getResultList();
    }

    @Override
    public void remove(Invitation invitation) {
        em.remove(invitation);
    }

    @Override
    public Registration add(Registration registration) {
        em.persist(registration);
        em.flush();
        return registration;
    }

    @Override
    public Optional<Registration> findRegistration(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    @Override
    public Optional<Registration> registrationOf(String normalizedEmail) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.email = :email", Registration.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Registration> registrations() {
        return em.createQuery("SELECT r FROM Registration r ORDER BY r.createdAt, r.id", Registration.class)
                .getResultList();
    }

    @Override
    public void remove(Registration registration) {
        em.remove(registration);
    }

    @Override
    public void forget(String normalizedEmail, long accountId) {
        em.createQuery("DELETE FROM Invitation i WHERE i.email = :email OR i.accountId = :id")
                .setParameter("email", normalizedEmail)
                .setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("DELETE FROM Registration r WHERE r.email = :email")
                .setParameter("email", normalizedEmail)
                .executeUpdate();
        em.createQuery("UPDATE Invitation i SET i.invitedBy = NULL WHERE i.invitedBy = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("UPDATE Invitation i SET i.referredBy = NULL WHERE i.referredBy = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("UPDATE Registration r SET r.referredBy = NULL WHERE r.referredBy = :id")
                .setParameter("id", accountId)
                .executeUpdate();
    }

    @Override
    public int deleteInvitationsExpiredBefore(Instant instant) {
        return em.createQuery("DELETE FROM Invitation i WHERE i.expiresAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate();
    }

    @Override
    public int deleteRegistrationsBefore(Instant instant) {
        return em.createQuery("DELETE FROM Registration r WHERE r.createdAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate();
    }
}
