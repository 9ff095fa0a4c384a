package org.committeeacademy.material.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialRepository;
import org.committeeacademy.material.domain.MaterialVersion;

@ApplicationScoped
public class JpaMaterialRepository implements MaterialRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaMaterialRepository() {}

    JpaMaterialRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Material> find(long id) {
        return Optional.ofNullable(em.find(Material.class, id));
    }

    @Override
    public List<Material> ofCohort(long cohortId) {
        return em.createQuery(
                        "SELECT m FROM Material m WHERE m.cohort.id = :cohort ORDER BY m.createdAt, m.id",
                        Material.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public void add(Material material) {
        em.persist(material);
        // The answer names the new material by its id, which the database assigns.
        em.flush();
    }

    @Override
    public void remove(Material material) {
        em.remove(material);
    }

    @Override
    public Set<String> storedKeys() {
        return Set.copyOf(em.createQuery("SELECT DISTINCT v.storageKey FROM MaterialVersion v", String.class)
                .getResultList());
    }

    @Override
    public List<Material> createdBy(long accountId) {
        return em.createQuery(
                        "SELECT m FROM Material m WHERE m.createdBy.id = :id ORDER BY m.createdAt", Material.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    @Override
    public List<MaterialVersion> uploadedBy(long accountId) {
        return em.createQuery(
                        "SELECT v FROM MaterialVersion v WHERE v.uploadedBy.id = :id ORDER BY v.uploadedAt",
                        MaterialVersion.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
