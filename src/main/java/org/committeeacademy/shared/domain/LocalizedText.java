package org.committeeacademy.shared.domain;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A text that exists in German and English; other languages get English, and German is the last fallback. */
@Embeddable
public class LocalizedText implements Serializable {

    private String de;
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String de, String en) {
        this.de = Objects.requireNonNull(de, "German text");
        this.en = Objects.requireNonNull(en, "English text");
    }

    public String in(Language language) {
        if (language != Language.DE && en != null && !en.isBlank()) {
            return en;
        }
        return de;
    }

    public String de() {
        return de;
    }

    public String en() {
        return en;
    }
}
