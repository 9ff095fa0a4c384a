package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.committeeacademy.notification.domain.CohortMessage;
import org.committeeacademy.notification.domain.CohortMessageRepository;

@ApplicationScoped
public class JpaCohortMessages implements CohortMessageRepository {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public void add(CohortMessage message) {
        em.persist(message);
    }

    @Override
    public List<CohortMessage> ofCohort(long cohortId) {
        return em.createQuery(
                        "SELECT m FROM CohortMessage m WHERE m.cohortId = :cohort ORDER BY m.sentAt DESC, m.id DESC",
                        CohortMessage.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<CohortMessage> addressedTo(long accountId) {
        return em.createQuery(
                        "SELECT m FROM CohortMessage m JOIN m.recipients r WHERE r = :account"
                                + " ORDER BY m.sentAt DESC, m.id DESC",
                        CohortMessage.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
