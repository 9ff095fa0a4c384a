package org.committeeacademy.curriculum.content;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small helpers for reading a descriptor's YAML nodes: a scalar's typed value and a key's dotted path. */
final class YamlScalars {

    private YamlScalars() {}

    /** The value of a scalar whose resolved YAML type is the given tag, else null. */
    static String scalar(Node node, Tag tag) {
        return node instanceof ScalarNode s && tag.equals(s.getTag()) ? s.getValue() : null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
