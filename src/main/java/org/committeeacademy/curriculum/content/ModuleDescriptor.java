package org.committeeacademy.curriculum.content;

import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.domain.LocalizedText;

/**
 * A module descriptor (modules/NN-name/module.yaml) that passed validation. {@code content} is the whole descriptor as
 * plain maps, lists and strings (numbers and booleans as parsed), kept as the module version's content; {@code gaps}
 * are its texts without a Turkish, Arabic or Ukrainian version.
 */
public record ModuleDescriptor(
        String key,
        int order,
        LocalizedText title,
        LocalizedText summary,
        int durationMinutes,
        Map<String, Object> content,
        List<TranslationGap> gaps) {}
