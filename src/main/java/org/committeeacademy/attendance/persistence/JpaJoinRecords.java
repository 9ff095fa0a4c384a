package org.committeeacademy.attendance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.domain.JoinRecords;

/** The table {@code session_join} (V41), one row per session and member. */
@ApplicationScoped
public class JpaJoinRecords implements JoinRecords {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Override
    public void record(long sessionId, long memberId, Instant at) {
        int updated = em.createNativeQuery(
                        "UPDATE session_join SET last_joined_at = ? WHERE session_id = ? AND member_id = ?")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, sessionId)
                .setParameter(3, memberId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO session_join (session_id, member_id, first_joined_at, last_joined_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, sessionId)
                    .setParameter(2, memberId)
                    .setParameter(3, Timestamp.from(at))
                    .setParameter(4, Timestamp.from(at))
                    .executeUpdate();
        }
    }

    @Override
    public Set<Long> membersJoined(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT member_id FROM session_join WHERE session_id = ?")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }
}
