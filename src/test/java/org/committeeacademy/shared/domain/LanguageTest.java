package org.committeeacademy.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void germanIsTheDefault() {
        assertEquals(Language.DE, Language.defaultLanguage());
        assertEquals(Language.DE, Language.of(Locale.forLanguageTag("tr")));
        assertEquals(Language.DE, Language.of(null));
    }

    @Test
    void readsCodesLeniently() {
        assertEquals(Optional.of(Language.EN), Language.fromCode(" EN "));
        assertTrue(Language.fromCode("fr").isEmpty());
        assertTrue(Language.fromCode(null).isEmpty());
    }

    @Test
    void localizedTextFallsBackToGerman() {
        assertEquals("Hallo", new LocalizedText("Hallo", "").in(Language.EN));
        assertEquals("Hello", new LocalizedText("Hallo", "Hello").in(Language.EN));
    }
}
