package org.committeeacademy.certificate.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.certificate.domain.CertificateRepository;
import org.committeeacademy.cohort.domain.CohortStatus;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Override
    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> byCode(String code) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Certificate> of(long memberId, long cohortId) {
        return em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.member.id = :member AND c.cohort.id = :cohort",
                        Certificate.class)
                .setParameter("member", memberId)
                .setParameter("cohort", cohortId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Certificate> ofMember(long memberId) {
        return em.createQuery(
                        "SELECT c FROM Certificate c WHERE c.member.id = :member ORDER BY c.issuedAt DESC",
                        Certificate.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public List<Certificate> ofCohort(long cohortId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.cohort.id = :cohort", Certificate.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public Certificate add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    @Override
    public List<Long> cohortsToSweep() {
        return em.createQuery("SELECT c.id FROM Cohort c WHERE c.status IN :statuses", Long.class)
                .setParameter("statuses", List.of(CohortStatus.RUNNING, CohortStatus.COMPLETED))
                .getResultList();
    }
}
