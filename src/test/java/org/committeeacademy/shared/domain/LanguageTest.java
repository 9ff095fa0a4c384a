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
        assertEquals(Language.DE, Language.of(Locale.forLanguageTag("fr")));
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

    @Test
    void otherLanguagesFallBackToEnglishThenGerman() {
        assertEquals("Hello", new LocalizedText("Hallo", "Hello").in(Language.AR));
        assertEquals("Hallo", new LocalizedText("Hallo", " ").in(Language.UK));
        assertEquals("Hallo", new LocalizedText("Hallo", "Hello").in(Language.DE));
        assertEquals(java.util.List.of(Language.TR, Language.EN, Language.DE), Language.TR.fallbacks());
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        for (Language language : Language.values()) {
            assertEquals(language == Language.AR ? "rtl" : "ltr", language.direction(), language.code());
        }
        assertEquals("العربية", Language.AR.nativeName());
    }
}
