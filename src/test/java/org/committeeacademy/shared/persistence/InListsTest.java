package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    private static int paddedSize(int n) {
        return InLists.padded(IntStream.rangeClosed(1, n).boxed().toList()).size();
    }

    @Test
    void listsArePaddedToThePowersOfTwo() {
        assertEquals(0, paddedSize(0));
        assertEquals(1, paddedSize(1));
        assertEquals(2, paddedSize(2));
        assertEquals(4, paddedSize(3));
        assertEquals(8, paddedSize(5));
        assertEquals(64, paddedSize(64));
        assertEquals(128, paddedSize(65));
        assertEquals(1024, paddedSize(1000));
        assertEquals(2048, paddedSize(1025), "beyond 1024 in steps of 1024");
        assertEquals(3072, paddedSize(2049));
        assertEquals(
                8,
                IntStream.rangeClosed(1, 128)
                        .map(InListsTest::paddedSize)
                        .distinct()
                        .count(),
                "eight texts");
    }

    @Test
    void thePaddingRepeatsTheLastValueAndKeepsTheOrder() {
        assertEquals(List.of(7L, 3L, 9L, 9L), InLists.padded(List.of(7L, 3L, 9L)));
    }
}
