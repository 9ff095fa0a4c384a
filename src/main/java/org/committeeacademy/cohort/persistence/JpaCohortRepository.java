package org.committeeacademy.cohort.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.i18n.LocalText;
import org.committeeacademy.shared.persistence.InLists;
import org.committeeacademy.venue.domain.RoomBookings;

@ApplicationScoped
public class JpaCohortRepository implements CohortRepository, RoomBookings {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaCohortRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCohortRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    @Override
    public Optional<Cohort> findWithSessions(long id) {
        // batch hints on a cohort read by its id did not reach its sessions' trainers (one statement per session,
        // JpaCohortRepositoryTest), so the sessions come first with their trainers joined, in the caller's
        // transaction; the cohort's sessions (read in their order when asked for) are then these instances. No
        // DISTINCT: the rows only fill the persistence context, and DISTINCT made the database sort every column
        em.createQuery("SELECT s FROM Session s LEFT JOIN FETCH s.trainers WHERE s.cohort.id = :id", Session.class)
                .setParameter("id", id)
                .getResultList();
        return find(id);
    }

    @Override
    public Optional<Cohort> lock(long id) {
        // a query on the cohort's table alone: EclipseLink silently leaves out FOR UPDATE on Derby when a query
        // reads more than one table (JpaCohortRepositoryTest checks the SQL)
        return em.createQuery("SELECT c FROM Cohort c WHERE c.id = :id", Cohort.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Cohort add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
        return cohort;
    }

    @Override
    public ScheduleChange add(ScheduleChange change) {
        em.persist(change);
        return change;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Session> findSession(long id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    @Override
    public Optional<Session> lockSession(long id) {
        return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Session> bookedAt(LocalDateTime start, LocalDateTime end, Long roomId, Collection<Long> trainerIds) {
        // the same overlap rule as TimeSlot: start before the other's end, end after the other's start
        String active =
                "s.cancelled = FALSE AND s.cohort.status <> :cancelled AND s.startsAt < :end AND s.endsAt > :start";
        List<Session> byRoom = roomId == null
                ? List.of()
                : em.createQuery("SELECT s FROM Session s WHERE s.room.id = :room AND " + active, Session.class)
                        .setParameter("room", roomId)
                        .setParameter("cancelled", CohortStatus.CANCELLED)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getResultList();
        List<Session> byTrainer = trainerIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT DISTINCT s FROM Session s JOIN s.trainers t WHERE t.id IN :trainers AND "
                                        + active,
                                Session.class)
                        .setParameter("trainers", InLists.padded(trainerIds))
                        .setParameter("cancelled", CohortStatus.CANCELLED)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getResultList();
        return java.util.stream.Stream.concat(byRoom.stream(), byTrainer.stream())
                .distinct()
                .toList();
    }

    @Override
    public List<Session> upcomingInRoom(long roomId, LocalDateTime from) {
        return em.createQuery(
                        "SELECT s FROM Session s WHERE s.room.id = :room AND s.endsAt > :from AND s.cancelled = FALSE"
                                + " AND s.cohort.status <> :cancelled ORDER BY s.startsAt",
                        Session.class)
                .setParameter("room", roomId)
                .setParameter("from", from)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<LocalText> upcoming(long roomId, LocalDateTime from) {
        return upcomingInRoom(roomId, from).stream()
                .map(s -> {
                    String title = s.cohort().title();
                    LocalText session = s.described();
                    return (LocalText) formats -> title + " – " + session.in(formats);
                })
                .toList();
    }

    @Override
    public boolean everUsed(long roomId) {
        return roomEverUsed(roomId);
    }

    @Override
    public boolean roomEverUsed(long roomId) {
        return !em.createQuery("SELECT s.id FROM Session s WHERE s.room.id = :room", Long.class)
                .setParameter("room", roomId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ScheduleChange> changes(long cohortId) {
        return em.createQuery(
                        "SELECT c FROM ScheduleChange c WHERE c.cohort.id = :cohort ORDER BY c.occurredAt DESC",
                        ScheduleChange.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<Cohort> taughtBy(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Cohort c WHERE :a MEMBER OF c.trainers ORDER BY c.title", Cohort.class)
                .setParameter("a", account)
                .getResultList();
    }
}
