package org.committeeacademy.progress.domain;

import java.util.Optional;

public interface ProgressRuleRepository {

    Optional<ProgressRule> find(long seriesId);

    ProgressRule add(ProgressRule rule);
}
