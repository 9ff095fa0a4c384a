package org.committeeacademy.certificate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.certificate.domain.Certificate;

/** The queries behind the certificate feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaCertificatePersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaCertificatePersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCertificatePersonalData(EntityManager em) {
        this.em = em;
    }

    /** The member's certificates, oldest first. */
    public List<Certificate> issuedTo(long memberId) {
        return em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.member.id = :id ORDER BY c.issuedAt", Certificate.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    /** Marks the member's certificates withdrawn (those withdrawn before keep their date) and drops the reasons. */
    public void withdrawAllOf(long memberId, Instant now) {
        em.createNativeQuery("UPDATE certificate SET issue_reason = NULL, revoke_reason = 'erased',"
                        + " revoked_at = COALESCE(revoked_at, ?) WHERE member_id = ?")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, memberId)
                .executeUpdate();
    }
}
