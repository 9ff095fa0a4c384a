package org.committeeacademy.curriculum.content;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.LocalizedText;
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
 * Reads and validates the descriptors described in modules/README.md. The YAML is only composed to nodes, never
 * constructed to objects, so no type from the file is ever instantiated and every problem can name its line. The
 * order of a module against series.yaml is checked by the loader, which sees all files. Thread-safe: all state of a
 * parse lives in a {@link Walk}.
 */
public class DescriptorParser {

    static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final List<String> FIELD_TYPES = List.of("text", "longtext", "list", "table", "date", "goals");
    private static final List<String> LANGUAGES = List.of("de", "en");

    /** The keys a mapping must have and may have; anything else is an error (catches typos). */
    private record Shape(List<String> required, List<String> optional) {}

    private static final Shape SERIES = new Shape(List.of("key", "title", "summary", "modules"), List.of());
    private static final Shape MODULE = new Shape(
            List.of("key", "order", "title", "summary", "durationMinutes", "objectives", "agenda"),
            List.of("materials", "worksheets"));
    private static final Shape LOCALIZED = new Shape(LANGUAGES, List.of());
    private static final Shape AGENDA_ITEM = new Shape(List.of("start", "end", "title"), List.of());
    private static final Shape MATERIAL = new Shape(List.of("file", "language", "title", "description"), List.of());
    private static final Shape WORKSHEET = new Shape(List.of("key", "title", "introduction", "sections"), List.of());
    private static final Shape SECTION = new Shape(List.of("key", "title", "fields"), List.of("help"));
    private static final Shape FIELD = new Shape(List.of("key", "type", "label"), List.of("required", "columns"));
    private static final Shape COLUMN = new Shape(List.of("key", "label"), List.of());

    public ModuleDescriptor parseModule(String file, String yaml, Predicate<String> materialExists)
            throws DescriptorException {
        Walk walk = new Walk(file, materialExists);
        Node root = walk.compose(yaml);
        Map<String, Object> content = root == null ? null : walk.module(root);
        walk.failOnProblems();
        return new ModuleDescriptor(
                (String) content.get("key"),
                (Integer) content.get("order"),
                localized(content.get("title")),
                localized(content.get("summary")),
                (Integer) content.get("durationMinutes"),
                content);
    }

    public SeriesDescriptor parseSeries(String file, String yaml) throws DescriptorException {
        Walk walk = new Walk(file, path -> false);
        Node root = walk.compose(yaml);
        Map<String, Object> content = root == null ? null : walk.series(root);
        walk.failOnProblems();
        @SuppressWarnings("unchecked")
        List<String> moduleKeys = List.copyOf((List<String>) content.get("modules"));
        return new SeriesDescriptor(
                (String) content.get("key"),
                localized(content.get("title")),
                localized(content.get("summary")),
                moduleKeys);
    }

    private static LocalizedText localized(Object value) {
        Map<?, ?> text = (Map<?, ?>) value;
        return new LocalizedText((String) text.get("de"), (String) text.get("en"));
    }

    /** Reads the value of one key (or list item) at a path; returns null after reporting a problem. */
    private interface Reader {
        Object read(String key, Node value, String path);
    }

    /** One parse of one file: converts the node tree to plain maps and lists while collecting every problem. */
    private static final class Walk {

        private final String file;
        private final Predicate<String> materialExists;
        private final List<DescriptorProblem> problems = new ArrayList<>();

        Walk(String file, Predicate<String> materialExists) {
            this.file = file;
            this.materialExists = materialExists;
        }

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
                problems.sort(Comparator.comparing(
                        DescriptorProblem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
                throw new DescriptorException(problems);
            }
        }

        Map<String, Object> series(Node root) {
            Set<String> moduleKeys = new HashSet<>();
            return object(root, "", SERIES, (k, v, p) -> switch (k) {
                case "key" -> key(v, p);
                case "modules" -> list(v, p, true, (i, m, mp) -> uniqueKey(m, mp, moduleKeys, "module", "series"));
                default -> text(v, p);
            });
        }

        Map<String, Object> module(Node root) {
            return object(root, "", MODULE, (k, v, p) -> switch (k) {
                case "key" -> key(v, p);
                case "order", "durationMinutes" -> positiveInteger(v, p);
                case "objectives" -> object(v, p, LOCALIZED, (lang, l, lp) -> list(l, lp, true, this::string));
                case "agenda" -> agenda(v, p);
                case "materials" -> list(v, p, false, this::material);
                case "worksheets" -> worksheets(v, p);
                default -> text(v, p);
            });
        }

        private Object agenda(Node node, String path) {
            List<Object> items = list(node, path, true, this::agendaItem);
            if (items == null) {
                return null;
            }
            String previousEnd = null;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Map<?, ?> item && item.get("start") instanceof String start) {
                    if (previousEnd != null && start.compareTo(previousEnd) < 0) {
                        Node itemNode = ((SequenceNode) node).getValue().get(i);
                        String message = "starts at %s, before the previous item ends (%s); keep items in time order";
                        problem(itemNode, path + "[" + i + "].start", message, start, previousEnd);
                    }
                    previousEnd = item.get("end") instanceof String end ? end : null;
                }
            }
            return items;
        }

        private Object agendaItem(String unused, Node node, String path) {
            Map<String, Node> entries = entries(node, path, AGENDA_ITEM);
            Map<String, Object> item = read(entries, path, (k, v, p) -> k.equals("title") ? text(v, p) : time(v, p));
            // "HH:MM" with leading zeros compares correctly as text
            if (item != null
                    && item.get("start") instanceof String start
                    && item.get("end") instanceof String end
                    && end.compareTo(start) <= 0) {
                problem(entries.get("end"), path + ".end", "end %s must be after start %s", end, start);
            }
            return item;
        }

        private Object material(String unused, Node node, String path) {
            return object(node, path, MATERIAL, (k, v, p) -> switch (k) {
                case "file" -> materialFile(v, p);
                case "language" -> oneOf(v, p, LANGUAGES, "language");
                default -> text(v, p);
            });
        }

        private Object materialFile(Node node, String path) {
            String file = string(null, node, path);
            if (file == null) {
                return null;
            }
            boolean escapes = List.of(file.split("/")).contains("..");
            if (file.startsWith("/") || file.contains("\\") || file.matches("[A-Za-z]:.*") || escapes) {
                String message = "'%s' must be a relative path inside the module folder, with / and without '..'";
                problem(node, path, message, file);
            } else if (!materialExists.test(file)) {
                problem(node, path, "file '%s' does not exist in the module folder", file);
            }
            return file;
        }

        private Object worksheets(Node node, String path) {
            Set<String> worksheetKeys = new HashSet<>();
            return list(node, path, false, (i, worksheet, wp) -> {
                Set<String> sectionKeys = new HashSet<>();
                Set<String> fieldKeys = new HashSet<>(); // answers are stored per worksheet and field key
                return object(worksheet, wp, WORKSHEET, (k, v, p) -> switch (k) {
                    case "key" -> uniqueKey(v, p, worksheetKeys, "worksheet", "module");
                    case "sections" -> list(v, p, true, (j, s, sp) -> section(s, sp, sectionKeys, fieldKeys));
                    default -> text(v, p);
                });
            });
        }

        private Object section(Node node, String path, Set<String> sectionKeys, Set<String> fieldKeys) {
            return object(node, path, SECTION, (k, v, p) -> switch (k) {
                case "key" -> uniqueKey(v, p, sectionKeys, "section", "worksheet");
                case "fields" -> list(v, p, true, (i, f, fp) -> field(f, fp, fieldKeys));
                default -> text(v, p);
            });
        }

        private Object field(Node node, String path, Set<String> fieldKeys) {
            Map<String, Node> entries = entries(node, path, FIELD);
            Set<String> columnKeys = new HashSet<>();
            Map<String, Object> field = read(entries, path, (k, v, p) -> switch (k) {
                case "key" -> uniqueKey(v, p, fieldKeys, "field", "worksheet");
                case "type" -> oneOf(v, p, FIELD_TYPES, "field type");
                case "required" -> bool(v, p);
                case "columns" -> list(v, p, true, (i, c, cp) -> column(c, cp, columnKeys));
                default -> text(v, p);
            });
            if (field != null && field.get("type") instanceof String type) {
                if (type.equals("table") && !entries.containsKey("columns")) {
                    problem(node, path, "a field of type 'table' needs 'columns'");
                } else if (!type.equals("table") && entries.containsKey("columns")) {
                    String message = "only fields of type 'table' have columns, not type '%s'";
                    problem(entries.get("columns"), path + ".columns", message, type);
                }
            }
            return field;
        }

        private Object column(Node node, String path, Set<String> columnKeys) {
            return object(node, path, COLUMN, (k, v, p) -> switch (k) {
                case "key" -> uniqueKey(v, p, columnKeys, "column", "table");
                default -> text(v, p);
            });
        }

        private Map<String, Object> object(Node node, String path, Shape shape, Reader reader) {
            return read(entries(node, path, shape), path, reader);
        }

        /** The known entries of a mapping in file order; reports unknown, repeated and missing keys. */
        private Map<String, Node> entries(Node node, String path, Shape shape) {
            if (!(node instanceof MappingNode mapping)) {
                String expected = shape == LOCALIZED ? "a map with 'de' and 'en'" : "a map of keys and values";
                problem(node, path, "must be " + expected);
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
                    problem(keyNode, join(path, name), "key '%s' appears more than once", name);
                } else if (shape.required().contains(name) || shape.optional().contains(name)) {
                    entries.put(name, tuple.getValueNode());
                } else {
                    List<String> allowed = new ArrayList<>(shape.required());
                    allowed.addAll(shape.optional());
                    String message = "unknown key '%s' (allowed: %s)";
                    problem(keyNode, join(path, name), message, name, String.join(", ", allowed));
                }
            }
            for (String required : shape.required()) {
                if (!seen.contains(required)) {
                    problem(node, path, "missing required key '%s'", required);
                }
            }
            return entries;
        }

        private Map<String, Object> read(Map<String, Node> entries, String path, Reader reader) {
            if (entries == null) {
                return null;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            entries.forEach((name, value) -> values.put(name, reader.read(name, value, join(path, name))));
            return values;
        }

        private List<Object> list(Node node, String path, boolean nonEmpty, Reader itemReader) {
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

        private Object text(Node node, String path) {
            return object(node, path, LOCALIZED, this::string);
        }

        private String string(String unused, Node node, String path) {
            String value = scalar(node, Tag.STR);
            if (value == null) {
                problem(node, path, "must be a text (write it in double quotes)");
            } else if (value.isBlank()) {
                problem(node, path, "must not be empty");
                return null;
            }
            return value;
        }

        private String key(Node node, String path) {
            String key = string(null, node, path);
            if (key != null && !KEY.matcher(key).matches()) {
                String message = "'%s' is not a valid key (use a-z, 0-9 and inner hyphens, e.g. local-context)";
                problem(node, path, message, key);
                return null;
            }
            return key;
        }

        private String uniqueKey(Node node, String path, Set<String> seen, String what, String scope) {
            String key = key(node, path);
            if (key != null && !seen.add(key)) {
                problem(node, path, "duplicate %s key '%s' (must be unique within the %s)", what, key, scope);
            }
            return key;
        }

        private String oneOf(Node node, String path, List<String> allowed, String what) {
            String value = string(null, node, path);
            if (value != null && !allowed.contains(value)) {
                problem(node, path, "unknown %s '%s' (allowed: %s)", what, value, String.join(", ", allowed));
                return null;
            }
            return value;
        }

        private String time(Node node, String path) {
            String value = scalar(node, Tag.STR);
            if (value == null) {
                problem(node, path, "must be a time in double quotes, e.g. \"10:00\" (unquoted, 10:00 is a number)");
            } else if (!TIME.matcher(value).matches()) {
                problem(node, path, "'%s' is not a time \"HH:MM\" (24-hour clock, e.g. \"09:30\")", value);
                return null;
            }
            return value;
        }

        private Integer positiveInteger(Node node, String path) {
            String value = scalar(node, Tag.INT);
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

        private Boolean bool(Node node, String path) {
            String value = scalar(node, Tag.BOOL);
            if (value == null) {
                problem(node, path, "must be true or false");
                return null;
            }
            return List.of("true", "yes", "on").contains(value.toLowerCase(Locale.ROOT));
        }

        /** The value of a scalar whose resolved YAML type is the given tag, else null. */
        private static String scalar(Node node, Tag tag) {
            return node instanceof ScalarNode s && tag.equals(s.getTag()) ? s.getValue() : null;
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        /** Reports a problem at the node's line; the message is a format filled with args (not with the path). */
        private void problem(Node node, String path, String message, Object... args) {
            Integer line =
                    node.getStartMark() == null ? null : node.getStartMark().getLine() + 1;
            String text = message.formatted(args);
            problems.add(new DescriptorProblem(file, line, path.isEmpty() ? text : path + ": " + text));
        }
    }
}
