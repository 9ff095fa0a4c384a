package org.committeeacademy.material.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.committeeacademy.material.application.MaterialView;
import org.committeeacademy.material.domain.MaterialKind;
import org.committeeacademy.material.domain.Visibility;
import org.junit.jupiter.api.Test;

class MaterialGroupsTest {

    static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");

    static MaterialView module(String key) {
        return new MaterialView(
                null,
                1,
                MaterialKind.MODULE,
                "Module " + key,
                "",
                "de",
                key,
                null,
                Visibility.VISIBLE_FROM,
                null,
                true,
                "/api/v1/modules/" + key,
                null,
                null,
                List.of(),
                null);
    }

    static MaterialView handout(String key, String file) {
        return new MaterialView(
                null,
                1,
                MaterialKind.MODULE_FILE,
                "Handout " + file,
                "",
                "de",
                key,
                null,
                Visibility.VISIBLE_FROM,
                null,
                true,
                "/api/v1/modules/" + key + "/materials/" + file,
                null,
                null,
                List.of(),
                file);
    }

    static MaterialView own(long id, String moduleKey, Long sessionId, Instant created, Instant fileAt) {
        MaterialView.VersionLine newest = fileAt == null
                ? null
                : new MaterialView.VersionLine(1, "a.pdf", "application/pdf", 10, "x", "Leyla", fileAt);
        return new MaterialView(
                id,
                1,
                fileAt == null ? MaterialKind.LINK : MaterialKind.FILE,
                "M" + id,
                null,
                "de",
                moduleKey,
                sessionId,
                Visibility.VISIBLE_FROM,
                created,
                true,
                null,
                newest,
                created,
                List.of(),
                null);
    }

    @Test
    void modulesComeFirstWithTheirOwnMaterialAheadOfTheCohortsThenSessionsInOrderThenGeneral() {
        List<MaterialView> list = List.of(
                module("m1"),
                module("m2"),
                own(1, null, null, T0, null),
                own(2, null, 20L, T0, null),
                own(3, "m2", null, T0, null),
                own(4, null, 10L, T0, null));

        List<MaterialGroups.Group> groups = MaterialGroups.of(list, List.of(10L, 20L, 30L), null);

        assertEquals(5, groups.size());
        assertEquals("m1", groups.get(0).moduleKey());
        assertEquals(1, groups.get(0).items().size());
        assertEquals("m2", groups.get(1).moduleKey());
        assertEquals(
                MaterialKind.MODULE, groups.get(1).items().get(0).material().kind());
        assertEquals(3L, groups.get(1).items().get(1).material().id());
        assertEquals(10L, groups.get(2).sessionId());
        assertEquals(20L, groups.get(3).sessionId());
        assertTrue(!groups.get(4).isModule() && !groups.get(4).isSession());
        assertEquals(1L, groups.get(4).items().get(0).material().id());
    }

    @Test
    void onTheFirstVisitEverythingButModuleContentIsNew() {
        List<MaterialGroups.Group> groups =
                MaterialGroups.of(List.of(module("m1"), own(1, null, null, T0, T0)), List.of(), null);
        assertEquals(1, MaterialGroups.countNew(groups));
    }

    @Test
    void newMeansAddedOrGivenANewFileAfterTheLastVisit() {
        Instant visit = T0.plusSeconds(3600);
        assertTrue(MaterialGroups.isNew(own(1, null, null, visit.plusSeconds(1), visit.plusSeconds(1)), visit));
        assertTrue(MaterialGroups.isNew(own(2, null, null, T0, visit.plusSeconds(60)), visit));
        assertFalse(MaterialGroups.isNew(own(3, null, null, T0, T0), visit));
        assertFalse(MaterialGroups.isNew(own(4, null, null, visit, null), visit));
        assertFalse(MaterialGroups.isNew(module("m1"), visit));
    }

    @Test
    void materialsOfAModuleNotInTheSeriesStillGetAGroup() {
        List<MaterialGroups.Group> groups = MaterialGroups.of(List.of(own(1, "gone", null, T0, null)), List.of(), null);
        assertEquals(1, groups.size());
        assertEquals("gone", groups.get(0).moduleKey());
    }

    @Test
    void aModulesHandoutsFollowItsSummaryAndPrecedeWhatTheCohortAdded() {
        List<MaterialView> list = List.of(
                module("m1"),
                own(1, "m1", null, T0, T0),
                handout("m1", "materials/a.md"),
                handout("m1", "materials/b.md"));

        List<MaterialGroups.Group> groups = MaterialGroups.of(list, List.of(), T0.minusSeconds(60));

        List<MaterialGroups.Item> items = groups.get(0).items();
        assertEquals(
                List.of(MaterialKind.MODULE, MaterialKind.MODULE_FILE, MaterialKind.MODULE_FILE, MaterialKind.FILE),
                items.stream().map(i -> i.material().kind()).toList());
        assertEquals("materials/a.md", items.get(1).material().moduleFile());
        assertFalse(items.get(1).isNew());
        assertEquals(1, MaterialGroups.countNew(groups));
    }
}
