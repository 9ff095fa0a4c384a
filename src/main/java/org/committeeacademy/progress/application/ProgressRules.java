package org.committeeacademy.progress.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.committeeacademy.curriculum.domain.Series;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.progress.domain.ProgressRule;
import org.committeeacademy.progress.domain.ProgressRuleRepository;
import org.committeeacademy.progress.domain.WorksheetRequirement;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/** Staff and admins set each series' rule for completion; a series without one has the defaults. */
@ApplicationScoped
@Transactional
public class ProgressRules {

    @Inject
    ProgressRuleRepository rules;

    @Inject
    SeriesRepository series;

    @Inject
    CurrentUser currentUser;

    public List<Series> series() {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        return series.all();
    }

    public ProgressRule rule(long seriesId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Series found = series.find(seriesId).orElseThrow(() -> new NotFoundException("series " + seriesId));
        return rules.find(found.id()).orElseGet(() -> new ProgressRule(found.id()));
    }

    public ProgressRule change(
            long seriesId, int percent, WorksheetRequirement requirement, Collection<String> optionalModules) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Series found = series.find(seriesId).orElseThrow(() -> new NotFoundException("series " + seriesId));
        if (optionalModules.stream()
                .anyMatch(k -> found.modules().stream().noneMatch(m -> m.key().equals(k)))) {
            throw new ValidationException("optionalModules", "progress.rule.unknownModule");
        }
        ProgressRule rule = rules.find(seriesId).orElseGet(() -> rules.add(new ProgressRule(seriesId)));
        rule.change(percent, requirement, optionalModules);
        return rule;
    }
}
