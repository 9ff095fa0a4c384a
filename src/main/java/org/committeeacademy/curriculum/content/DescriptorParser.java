package org.committeeacademy.curriculum.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.LocalizedText;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates the descriptors described in modules/README.md. The YAML is only composed to nodes, never
 * constructed to objects, so no type from the file is ever instantiated and every problem can name its line. The
 * order of a module against series.yaml is checked by the loader, which sees all files. Thread-safe: all state of a
 * parse lives in a {@link DescriptorWalk}.
 */
public class DescriptorParser {

    public ModuleDescriptor parseModule(String file, String yaml, Predicate<String> materialExists)
            throws DescriptorException {
        DescriptorWalk walk = new DescriptorWalk(file, materialExists);
        Node root = walk.compose(yaml);
        Map<String, Object> content = root == null ? null : walk.module(root);
        walk.failOnProblems();
        return new ModuleDescriptor(
                (String) content.get("key"),
                (Integer) content.get("order"),
                localized(content.get("title")),
                localized(content.get("summary")),
                (Integer) content.get("durationMinutes"),
                content,
                List.copyOf(walk.gaps));
    }

    /**
     * A self-paced unit (units/NAME.yaml in a module folder) as plain maps, lists and strings. Its key must be the
     * file's name without ".yaml", so keys are unique within the module. Unit texts are German and English (other
     * languages show the English text and say so), so they are not reported as translation gaps.
     */
    public Map<String, Object> parseUnit(String file, String yaml, Predicate<String> fileExists)
            throws DescriptorException {
        UnitWalk walk = new UnitWalk(file, fileExists);
        Node root = walk.compose(yaml);
        Map<String, Object> content = root == null ? null : walk.unit(root);
        String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        if (content != null && content.get("key") instanceof String key && !key.equals(expected)) {
            walk.problem(root, "key", "'%s' must be the file's name without .yaml ('%s')", key, expected);
        }
        walk.failOnProblems();
        return content;
    }

    public SeriesDescriptor parseSeries(String file, String yaml) throws DescriptorException {
        DescriptorWalk walk = new DescriptorWalk(file, path -> false);
        Node root = walk.compose(yaml);
        Map<String, Object> content = root == null ? null : walk.series(root);
        walk.failOnProblems();
        @SuppressWarnings("unchecked")
        List<String> moduleKeys = List.copyOf((List<String>) content.get("modules"));
        @SuppressWarnings("unchecked")
        List<String> optionalKeys = List.copyOf((List<String>) content.getOrDefault("optional", List.of()));
        return new SeriesDescriptor(
                (String) content.get("key"),
                localized(content.get("title")),
                localized(content.get("summary")),
                moduleKeys,
                optionalKeys,
                List.copyOf(walk.gaps));
    }

    private static LocalizedText localized(Object value) {
        Map<?, ?> text = (Map<?, ?>) value;
        Map<Language, String> others = new EnumMap<>(Language.class);
        for (Language language : List.of(Language.TR, Language.AR, Language.UK)) {
            if (text.get(language.code()) instanceof String translated) {
                others.put(language, translated);
            }
        }
        return new LocalizedText((String) text.get("de"), (String) text.get("en"), others);
    }
}
