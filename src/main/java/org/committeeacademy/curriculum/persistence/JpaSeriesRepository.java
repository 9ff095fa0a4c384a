package org.committeeacademy.curriculum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;

@ApplicationScoped
public class JpaSeriesRepository implements SeriesRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaSeriesRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaSeriesRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Series> active() {
        // no DISTINCT: Derby cannot compare the modules' CLOB columns; the fetch join's repeats are dropped here
        return em
                .createQuery(
                        "SELECT s FROM Series s LEFT JOIN FETCH s.modules WHERE s.active = TRUE ORDER BY s.id",
                        Series.class)
                .getResultList()
                .stream()
                .distinct()
                .toList();
    }

    @Override
    public List<Series> all() {
        return em.createQuery("SELECT s FROM Series s ORDER BY s.key", Series.class)
                .getResultList();
    }

    @Override
    public Optional<Series> find(long id) {
        return Optional.ofNullable(em.find(Series.class, id));
    }

    @Override
    public Optional<Series> findByKey(String key) {
        return em.createQuery("SELECT s FROM Series s WHERE s.key = :key", Series.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Module> findModule(String key) {
        return em.createQuery("SELECT m FROM Module m WHERE m.key = :key", Module.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Module> modules() {
        return em.createQuery("SELECT m FROM Module m ORDER BY m.key", Module.class)
                .getResultList();
    }

    @Override
    public Series add(Series series) {
        em.persist(series);
        return series;
    }

    @Override
    public Module add(Module module) {
        em.persist(module);
        return module;
    }
}
