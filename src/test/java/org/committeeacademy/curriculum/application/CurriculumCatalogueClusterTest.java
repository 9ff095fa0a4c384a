package org.committeeacademy.curriculum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.curriculum.domain.SeriesRepository;
import org.committeeacademy.shared.MutableClock;
import org.committeeacademy.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Another instance of a cluster may change the curriculum without this one hearing of it: a clustered catalogue reads
 * it again once its memory is {@link CurriculumCatalogue#CLUSTER_FRESHNESS} old; a single instance keeps it until its
 * own change event.
 */
class CurriculumCatalogueClusterTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-04T09:00:00Z"));

    @Test
    void inAClusterTheSnapshotIsReadAgainAfterItsFreshness() {
        CurriculumCatalogue catalogue = catalogue(true);
        catalogue.activeSeries();
        catalogue.activeSeries();
        assertEquals(1, reads.get());
        clock.advance(CurriculumCatalogue.CLUSTER_FRESHNESS.minusSeconds(1));
        catalogue.activeSeries();
        assertEquals(1, reads.get(), "still fresh");
        clock.advance(Duration.ofSeconds(1));
        catalogue.activeSeries();
        assertEquals(2, reads.get(), "what another instance changed is seen now");
    }

    @Test
    void aSingleInstanceKeepsItsSnapshotUntilItsOwnChange() {
        CurriculumCatalogue catalogue = catalogue(false);
        catalogue.activeSeries();
        clock.advance(Duration.ofHours(5));
        catalogue.activeSeries();
        assertEquals(1, reads.get());
        catalogue.curriculumChanged(new CurriculumChanged());
        catalogue.activeSeries();
        assertEquals(2, reads.get());
    }

    @Test
    void whatIsMadeOfAModuleIsMadeOnceAndForgottenWithTheModule() {
        CurriculumCatalogue catalogue = catalogue(true);
        AtomicInteger made = new AtomicInteger();
        java.util.function.Function<ModuleView, String> outline = m -> m.key() + made.incrementAndGet();
        assertEquals(Optional.of("local-context1"), catalogue.derived("local-context", "outline/de", outline));
        assertEquals(Optional.of("local-context1"), catalogue.derived("local-context", "outline/de", outline));
        assertEquals(Optional.empty(), catalogue.derived("no-such-module", "outline/de", outline));
        assertEquals(1, made.get(), "parsed once, not per page");
        catalogue.curriculumChanged(new CurriculumChanged());
        assertEquals(Optional.of("local-context2"), catalogue.derived("local-context", "outline/de", outline));
        clock.advance(CurriculumCatalogue.CLUSTER_FRESHNESS);
        assertEquals(Optional.of("local-context3"), catalogue.derived("local-context", "outline/de", outline));
    }

    private CurriculumCatalogue catalogue(boolean clustered) {
        CurriculumCatalogue catalogue = new CurriculumCatalogue();
        catalogue.clustered = clustered;
        catalogue.clock = clock;
        catalogue.series = (SeriesRepository) Proxy.newProxyInstance(
                SeriesRepository.class.getClassLoader(), new Class<?>[] {SeriesRepository.class}, (proxy, m, a) -> {
                    if (m.getName().equals("active")) {
                        reads.incrementAndGet();
                        return List.of();
                    }
                    if (m.getName().equals("findModule")) {
                        if (!a[0].equals("local-context")) {
                            return Optional.empty();
                        }
                        Module module = new Module("local-context");
                        LocalizedText text = new LocalizedText("Kontext", "Context");
                        module.load("hash", "{}", text, text, 360, Instant.EPOCH);
                        return Optional.of(module);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return catalogue;
    }
}
