package org.committeeacademy.curriculum.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.Language;

/**
 * The active series with their modules. The curriculum changes rarely and is read on every public page and API call,
 * so the snapshot of the series and the modules read so far are kept in memory and dropped whenever the curriculum
 * changes (loading modules/, or an edit in the application). In a cluster the change may happen on another instance,
 * whose event does not reach this one: there the memory is dropped {@link #CLUSTER_FRESHNESS} after it was filled.
 */
@ApplicationScoped
public class CurriculumCatalogue {

    @Inject
    SeriesRepository series;

    /** How long an instance of a cluster may show the curriculum as it was before another instance changed it. */
    public static final Duration CLUSTER_FRESHNESS = Duration.ofSeconds(30);

    boolean clustered;
    Clock clock = Clock.systemUTC();
    private volatile Instant filledAt;

    private volatile List<SeriesView> snapshot;
    /** Modules found so far; unknown keys are not remembered, so requests cannot make this grow. */
    private final Map<String, ModuleView> modules = new ConcurrentHashMap<>();
    /**
     * What is made from a known module's content for a page (its outline or handouts in one language), forgotten with
     * the modules: the catalogue parsed each module's content several times per request before (issue 27).
     */
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    @PostConstruct
    void readSettings() {
        clustered = AcademySettings.current().cluster();
    }

    public List<SeriesView> activeSeries() {
        forgetIfStale();
        List<SeriesView> current = snapshot;
        if (current == null) {
            current = series.active().stream().map(SeriesView::of).toList();
            snapshot = current;
        }
        return current;
    }

    /** A module and its current content, for anyone (the catalogue is public). */
    @Transactional
    public Optional<ModuleView> module(String key) {
        forgetIfStale();
        ModuleView known = modules.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ModuleView> loaded = load(key);
        loaded.ifPresent(view -> modules.put(key, view));
        return loaded;
    }

    /** The module's outline in a language (plain German where asked), parsed once per change of the curriculum. */
    @Transactional
    public Optional<ModuleOutline> outline(String key, Language language, boolean plainGerman) {
        return derived(
                key, "outline/" + language.code() + "/" + plainGerman, m -> ModuleOutline.of(m, language, plainGerman));
    }

    /** {@code make} applied to the known module {@code key}, remembered under {@code what} until the next change. */
    @SuppressWarnings("unchecked")
    @Transactional
    public <T> Optional<T> derived(String key, String what, java.util.function.Function<ModuleView, T> make) {
        forgetIfStale();
        String name = key + "\n" + what;
        Object known = derived.get(name);
        if (known != null) {
            return Optional.of((T) known);
        }
        Optional<T> made = module(key).map(make);
        made.ifPresent(value -> derived.put(name, value));
        return made;
    }

    private Optional<ModuleView> load(String key) {
        return series.findModule(key).flatMap(m -> m.currentVersion()
                .map(v -> new ModuleView(
                        m.key(),
                        v.number(),
                        m.title(),
                        m.summary(),
                        m.durationMinutes(),
                        v.content(),
                        m.localObjectives().orElse(null),
                        m.localUnits().orElse(null))));
    }

    private void forgetIfStale() {
        Instant now = clock.instant();
        Instant filled = filledAt;
        if (filled == null) {
            filledAt = now;
        } else if (clustered && !now.isBefore(filled.plus(CLUSTER_FRESHNESS))) {
            filledAt = now;
            snapshot = null;
            modules.clear();
            derived.clear();
        }
    }

    /** After the transaction that changed the curriculum completes, so no reader re-caches what it replaced. */
    void curriculumChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CurriculumChanged change) {
        snapshot = null;
        modules.clear();
        derived.clear();
    }
}
