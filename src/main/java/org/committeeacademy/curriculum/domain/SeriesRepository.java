package org.committeeacademy.curriculum.domain;

import java.util.List;
import java.util.Optional;

public interface SeriesRepository {

    List<Series> active();

    List<Series> all();

    Optional<Series> findByKey(String key);

    Optional<Series> find(long id);

    Optional<Module> findModule(String key);

    List<Module> modules();

    Series add(Series series);

    Module add(Module module);
}
