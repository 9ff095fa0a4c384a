package org.committeeacademy.curriculum.content;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML node tree into plain maps, lists and strings by declared shapes, collecting every problem with its
 * line instead of stopping at the first. Knows nothing of the curriculum; {@link DescriptorScalars} reads the single
 * values, {@link DescriptorWalk} and {@link UnitWalk} hold the curriculum's rules.
 */
abstract class DescriptorNodes {

    static final int MAX_BYTES = 1024 * 1024;
    static final List<String> LANGUAGES = List.of("de", "en");
    /** Languages a text may have besides German and English; where one is missing, English stands in. */
    static final List<String> TRANSLATIONS = List.of("tr", "ar", "uk");
    /** The keys a mapping must have and may have; anything else is an error (catches typos). */
    record Shape(List<String> required, List<String> optional) {}
    /** Besides the translations, {@code plain}: German in plain language (Einfache Sprache), never a gap. */
    static final Shape LOCALIZED = new Shape(LANGUAGES, List.of("tr", "ar", "uk", "plain"));
    /** Reads the value of one key (or list item) at a path; returns null after reporting a problem. */
    interface Reader {
        Object read(String key, Node value, String path);
    }

    final String file;
    final List<DescriptorProblem> problems = new ArrayList<>();
    final List<TranslationGap> gaps = new ArrayList<>();

    Node compose(String yaml) {
        if (yaml.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(new DescriptorProblem(file, null, "the file is larger than 1 MB"));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10); // a real descriptor needs none; this stops "billion laughs"
        options.setCodePointLimit(MAX_BYTES);
        try {
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
            if (root == null) {
                problems.add(new DescriptorProblem(file, null, "the file is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Integer line = mark == null ? null : mark.getLine() + 1;
            problems.add(new DescriptorProblem(file, line, "YAML syntax error: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new DescriptorProblem(file, null, "cannot read the YAML: " + e.getMessage()));
        }
        return null;
    }

    void failOnProblems() throws DescriptorException {
        if (!problems.isEmpty()) {
            problems.sort(
                    Comparator.comparing(DescriptorProblem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
            throw new DescriptorException(problems);
        }
    }

    DescriptorNodes(String file) {
        this.file = file;
    }

    Map<String, Object> object(Node node, String path, Shape shape, Reader reader) {
        return read(entries(node, path, shape), path, reader);
    }

    /** The known entries of a mapping in file order; reports unknown, repeated and missing keys. */
    Map<String, Node> entries(Node node, String path, Shape shape) {
        if (!(node instanceof MappingNode mapping)) {
            problem(
                    node,
                    path,
                    "must be " + (shape == LOCALIZED ? "a map with 'de' and 'en'" : "a map of keys and values"));
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(keyNode, path, "keys must be plain names");
                continue;
            }
            String name = scalar.getValue();
            if (!seen.add(name)) {
                problem(keyNode, YamlScalars.join(path, name), "key '%s' appears more than once", name);
            } else if (shape.required().contains(name) || shape.optional().contains(name)) {
                entries.put(name, tuple.getValueNode());
            } else {
                List<String> allowed = new ArrayList<>(shape.required());
                allowed.addAll(shape.optional());
                String message = "unknown key '%s' (allowed: %s)";
                problem(keyNode, YamlScalars.join(path, name), message, name, String.join(", ", allowed));
            }
        }
        for (String required : shape.required()) {
            if (!seen.contains(required)) {
                problem(node, path, "missing required key '%s'", required);
            }
        }
        if (shape == LOCALIZED) {
            Integer line =
                    node.getStartMark() == null ? null : node.getStartMark().getLine() + 1;
            TRANSLATIONS.stream()
                    .filter(language -> !seen.contains(language))
                    .forEach(language -> gaps.add(new TranslationGap(language, file, line, path)));
        }
        return entries;
    }

    Map<String, Object> read(Map<String, Node> entries, String path, Reader reader) {
        if (entries == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        entries.forEach((name, value) -> values.put(name, reader.read(name, value, YamlScalars.join(path, name))));
        return values;
    }

    List<Object> list(Node node, String path, boolean nonEmpty, Reader itemReader) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, path, "must be a list");
            return null;
        }
        if (nonEmpty && sequence.getValue().isEmpty()) {
            problem(node, path, "must not be empty");
        }
        List<Object> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(itemReader.read(String.valueOf(i), nodes.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    Object text(Node node, String path) {
        return object(node, path, LOCALIZED, this::string);
    }

    String string(String unused, Node node, String path) {
        String value = YamlScalars.scalar(node, Tag.STR);
        if (value == null) {
            problem(node, path, "must be a text (write it in double quotes)");
        } else if (value.isBlank()) {
            problem(node, path, "must not be empty");
            return null;
        }
        return value;
    }

    /** Reports a problem at the node's line; the message is a format filled with args (not with the path). */
    void problem(Node node, String path, String message, Object... args) {
        Integer line = node.getStartMark() == null ? null : node.getStartMark().getLine() + 1;
        String text = message.formatted(args);
        problems.add(new DescriptorProblem(file, line, path.isEmpty() ? text : path + ": " + text));
    }
}
