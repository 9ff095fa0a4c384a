package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PageMessagesIsolationTest {

    @Test
    void textArgumentsAreIsolatedNumbersAreLeftAlone() {
        assertArrayEquals(
                new Object[] {"\u2068Ayşe Yılmaz\u2069", 3, "\u2068a@example.org\u2069"},
                PageMessages.isolated(new Object[] {"Ayşe Yılmaz", 3, "a@example.org"}));
    }
}
