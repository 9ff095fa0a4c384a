package org.committeeacademy.progress.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.committeeacademy.progress.domain.ProgressRule;
import org.committeeacademy.progress.domain.ProgressRuleRepository;

@ApplicationScoped
public class JpaProgressRuleRepository implements ProgressRuleRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Override
    public Optional<ProgressRule> find(long seriesId) {
        return Optional.ofNullable(em.find(ProgressRule.class, seriesId));
    }

    @Override
    public ProgressRule add(ProgressRule rule) {
        em.persist(rule);
        return rule;
    }
}
