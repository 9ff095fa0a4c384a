package org.committeeacademy.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageIsTheListOfItsRowsAndKnowsTheWholeCount() {
        List<String> rows = new ArrayList<>(List.of("a", "b"));
        Page<String> page = new Page<>(7, rows);
        rows.clear();
        assertEquals(List.of("a", "b"), page, "a copy of the rows, answered as a JSON array");
        assertEquals(7, page.total());
        assertThrows(UnsupportedOperationException.class, () -> page.add("c"));
    }

    @Test
    void aCountReadBeforeRowsWereAddedCountsAtLeastTheRows() {
        assertEquals(3, new Page<>(1, List.of(1, 2, 3)).total());
        assertEquals(0, new Page<>(0, List.of()).total());
    }
}
