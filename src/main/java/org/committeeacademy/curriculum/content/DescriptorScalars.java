package org.committeeacademy.curriculum.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The single values a descriptor holds (keys, choices, times, numbers, yes/no, files of the module folder), each
 * checked on top of {@link DescriptorNodes}; a wrong one is reported at its line and read as null.
 */
abstract class DescriptorScalars extends DescriptorNodes {

    static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /** Whether a path that {@link CurriculumFiles#staysInside stays inside} the module folder names a file there. */
    private final Predicate<String> fileExists;

    DescriptorScalars(String file, Predicate<String> fileExists) {
        super(file);
        this.fileExists = fileExists;
    }

    String key(Node node, String path) {
        String key = string(null, node, path);
        if (key != null && !KEY.matcher(key).matches()) {
            String message = "'%s' is not a valid key (use a-z, 0-9 and inner hyphens, e.g. local-context)";
            problem(node, path, message, key);
            return null;
        }
        return key;
    }

    String uniqueKey(Node node, String path, Set<String> seen, String what, String scope) {
        String key = key(node, path);
        if (key != null && !seen.add(key)) {
            problem(node, path, "duplicate %s key '%s' (must be unique within the %s)", what, key, scope);
        }
        return key;
    }

    String oneOf(Node node, String path, List<String> allowed, String what) {
        String value = string(null, node, path);
        if (value != null && !allowed.contains(value)) {
            problem(node, path, "unknown %s '%s' (allowed: %s)", what, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    String time(Node node, String path) {
        String value = YamlScalars.scalar(node, Tag.STR);
        if (value == null) {
            problem(node, path, "must be a time in double quotes, e.g. \"10:00\" (unquoted, 10:00 is a number)");
        } else if (!TIME.matcher(value).matches()) {
            problem(node, path, "'%s' is not a time \"HH:MM\" (24-hour clock, e.g. \"09:30\")", value);
            return null;
        }
        return value;
    }

    Integer positiveInteger(Node node, String path) {
        String value = YamlScalars.scalar(node, Tag.INT);
        if (value == null || !INTEGER.matcher(value).matches()) {
            problem(node, path, "must be a whole number");
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < 1) {
            problem(node, path, "must be at least 1, not %d", number);
            return null;
        }
        return number;
    }

    Boolean bool(Node node, String path) {
        String value = YamlScalars.scalar(node, Tag.BOOL);
        if (value == null) {
            problem(node, path, "must be true or false");
            return null;
        }
        return List.of("true", "yes", "on").contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * A file the module's YAML names (a material, a unit's image or sheet): a relative path with / that stays inside
     * the module folder ({@link CurriculumFiles#staysInside}, the one rule for it) and names a file there.
     */
    String moduleFile(Node node, String path) {
        String file = string(null, node, path);
        if (file == null) {
            return null;
        }
        if (!CurriculumFiles.staysInside(file)) {
            String message = "'%s' must be a relative path inside the module folder, with / and without '..'";
            problem(node, path, message, file);
        } else if (!fileExists.test(file)) {
            problem(node, path, "file '%s' does not exist in the module folder", file);
        }
        return file;
    }
}
