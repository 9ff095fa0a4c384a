package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ViewScopeHousekeepingTest {

    /** Mojarra's view maps: an LRU map of 25, wrapped by Collections.synchronizedMap. */
    private static Map<String, Object> viewMaps(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > size;
            }
        });
    }

    @Test
    void theRecordsOfDiscardedViewsGoAndThoseOfKeptViewsStay() {
        Map<String, Object> viewMaps = viewMaps(25);
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();
        for (int view = 0; view < 100; view++) {
            viewMaps.put("view" + view, new ConcurrentHashMap<>());
            contexts.put("view" + view, new ConcurrentHashMap<>(Map.of("bean", "goalsPage")));
        }

        assertTrue(ViewScopeHousekeeping.prune(viewMaps, contexts));

        assertEquals(viewMaps.keySet(), contexts.keySet(), "the 25 views still kept, no other");
        assertEquals(25, contexts.size());
        assertFalse(ViewScopeHousekeeping.prune(viewMaps, contexts), "nothing more to remove");
    }

    @Test
    void pruningLeavesTheOrderOfTheViewMapsAlone() {
        Map<String, Object> viewMaps = viewMaps(2);
        viewMaps.put("old", Map.of());
        viewMaps.put("new", Map.of());
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("old", Map.of(), "new", Map.of()));

        ViewScopeHousekeeping.prune(viewMaps, contexts);
        viewMaps.put("newest", Map.of());

        assertEquals(Set.of("new", "newest"), viewMaps.keySet(), "the eldest view map is still the first to go");
    }

    @Test
    void aSessionWithoutViewScopedBeansIsLeftAsItIs() {
        assertFalse(ViewScopeHousekeeping.prune(null, null));
        assertFalse(ViewScopeHousekeeping.prune(viewMaps(25), null));
    }

    @Test
    void aViewBeingAddedByAnotherRequestKeepsItsRecord() throws Exception {
        Map<String, Object> viewMaps = viewMaps(25);
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> lost = requests.submit(() -> {
                List<String> missing = new java.util.ArrayList<>();
                for (int view = 0; view < 20_000; view++) {
                    String id = "view" + view;
                    // as Mojarra adds a view: its map first, then (under the records' lock) the record
                    viewMaps.put(id, Map.of());
                    synchronized (contexts) {
                        contexts.putIfAbsent(id, Map.of());
                    }
                    if (viewMaps.containsKey(id) && !contexts.containsKey(id)) {
                        missing.add(id);
                    }
                }
                return missing;
            });
            Future<?> pruning = requests.submit(() -> {
                while (!lost.isDone()) {
                    ViewScopeHousekeeping.prune(viewMaps, contexts);
                }
            });
            assertEquals(List.of(), lost.get(60, TimeUnit.SECONDS), "a kept view lost its record");
            pruning.get(60, TimeUnit.SECONDS);
        } finally {
            requests.shutdownNow();
        }
    }
}
