package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.notification.domain.Preferences;
import org.committeeacademy.notification.domain.Subscription;

@ApplicationScoped
public class JpaPreferences implements Preferences {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public Set<Subscription> optedOut(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT subscription FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        Set<Subscription> out = EnumSet.noneOf(Subscription.class);
        rows.forEach(r -> out.add(Subscription.valueOf(r)));
        return out;
    }

    @Override
    public void replace(long accountId, Set<Subscription> optedOut) {
        em.createNativeQuery("DELETE FROM notification_opt_out WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        for (Subscription s : optedOut) {
            em.createNativeQuery("INSERT INTO notification_opt_out (account_id, subscription) VALUES (?, ?)")
                    .setParameter(1, accountId)
                    .setParameter(2, s.name())
                    .executeUpdate();
        }
    }
}
