package org.committeeacademy.calendar.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.calendar.domain.CalendarRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;

@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

    private static final List<EnrolmentStatus> SEATED = EnrolmentStatus.seated();

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaCalendarRepository() {}

    JpaCalendarRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CalendarFeed> feedOf(long accountId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, accountId));
    }

    @Override
    public Optional<CalendarFeed> feedByToken(String token) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.token = :token", CalendarFeed.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CalendarFeed feed) {
        em.persist(feed);
    }

    @Override
    public void deleteFeedOf(long accountId) {
        em.createNativeQuery("DELETE FROM calendar_feed WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    @Override
    public List<Session> sessionsOf(long accountId, LocalDateTime from) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT s FROM Session s WHERE s.startsAt >= :from AND ("
                                + " s.cohort.id IN (SELECT e.cohort.id FROM Enrolment e"
                                + "   WHERE e.memberId = :id AND e.status IN :seated)"
                                + " OR :account MEMBER OF s.trainers"
                                + " OR :account MEMBER OF s.cohort.trainers)"
                                + " ORDER BY s.startsAt",
                        Session.class)
                .setParameter("from", from)
                .setParameter("id", accountId)
                .setParameter("seated", SEATED)
                .setParameter("account", account)
                .getResultList();
    }
}
