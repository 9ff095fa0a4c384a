package org.committeeacademy.curriculum.content;

import java.util.List;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * The series descriptor (modules/series.yaml) that passed validation: its modules' keys in order and the keys of
 * those among them that are optional; {@code gaps} are its texts without a Turkish, Arabic or Ukrainian version.
 */
public record SeriesDescriptor(
        String key,
        LocalizedText title,
        LocalizedText summary,
        List<String> moduleKeys,
        List<String> optionalKeys,
        List<TranslationGap> gaps) {

    public SeriesDescriptor(String key, LocalizedText title, LocalizedText summary, List<String> moduleKeys) {
        this(key, title, summary, moduleKeys, List.of(), List.of());
    }
}
