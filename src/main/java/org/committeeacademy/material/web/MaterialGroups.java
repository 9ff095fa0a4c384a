package org.committeeacademy.material.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.material.domain.MaterialKind;

/**
 * Orders a cohort's materials for the member page: one group per module (the module's summary and handouts first,
 * then what the cohort added to it), then one per session in the given order, then the general ones. A material is new when
 * it (or its newest file) arrived or became visible after the member's last visit; on the first visit all is new.
 */
public final class MaterialGroups {

    private MaterialGroups() {}

    public record Item(MaterialView material, boolean isNew) {}

    /** moduleKey or sessionId names the group; both null for the general group. */
    public record Group(String moduleKey, String moduleTitle, Long sessionId, List<Item> items) {
        public boolean isModule() {
            return moduleKey != null;
        }

        public boolean isSession() {
            return sessionId != null;
        }
    }

    public static List<Group> of(List<MaterialView> materials, List<Long> sessionOrder, Instant lastVisit) {
        Map<String, Group> modules = new LinkedHashMap<>();
        materials.stream()
                .filter(m -> m.kind() == MaterialKind.MODULE)
                .forEach(m -> modules.put(m.moduleKey(), new Group(m.moduleKey(), m.title(), null, new ArrayList<>())));
        Map<Long, Group> sessions = new LinkedHashMap<>();
        sessionOrder.forEach(id -> sessions.put(id, new Group(null, null, id, new ArrayList<>())));
        Group general = new Group(null, null, null, new ArrayList<>());
        for (MaterialView m : materials) {
            Item item = new Item(m, isNew(m, lastVisit));
            if (m.kind() == MaterialKind.MODULE) {
                modules.get(m.moduleKey()).items().add(0, item);
            } else if (m.kind() == MaterialKind.MODULE_FILE) {
                List<Item> items = modules.get(m.moduleKey()).items();
                int firstOwn = (int) items.stream()
                        .takeWhile(i -> !i.material().kind().isCohorts())
                        .count();
                items.add(firstOwn, item);
            } else if (m.moduleKey() != null) {
                modules.computeIfAbsent(m.moduleKey(), key -> new Group(key, key, null, new ArrayList<>()))
                        .items()
                        .add(item);
            } else if (m.sessionId() != null) {
                sessions.computeIfAbsent(m.sessionId(), id -> new Group(null, null, id, new ArrayList<>()))
                        .items()
                        .add(item);
            } else {
                general.items().add(item);
            }
        }
        List<Group> groups = new ArrayList<>();
        groups.addAll(modules.values());
        sessions.values().stream().filter(g -> !g.items().isEmpty()).forEach(groups::add);
        if (!general.items().isEmpty()) {
            groups.add(general);
        }
        return groups;
    }

    /** Module materials come with the curriculum and are never marked. */
    static boolean isNew(MaterialView m, Instant lastVisit) {
        if (!m.kind().isCohorts()) {
            return false;
        }
        if (lastVisit == null) {
            return true;
        }
        Instant arrived =
                latest(m.createdAt(), m.newest() == null ? null : m.newest().at());
        arrived = latest(arrived, m.visibleFrom());
        return arrived != null && arrived.isAfter(lastVisit);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null || b == null) {
            return Objects.requireNonNullElse(a, b);
        }
        return a.isAfter(b) ? a : b;
    }

    public static long countNew(List<Group> groups) {
        return groups.stream()
                .flatMap(g -> g.items().stream())
                .filter(Item::isNew)
                .count();
    }
}
