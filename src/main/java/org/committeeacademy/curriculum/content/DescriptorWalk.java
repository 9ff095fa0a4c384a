package org.committeeacademy.curriculum.content;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One parse of one descriptor file: the curriculum's rules on top of {@link DescriptorScalars}. */
final class DescriptorWalk extends DescriptorScalars {

    private static final List<String> FIELD_TYPES = List.of("text", "longtext", "list", "table", "date", "goals");

    static final Shape SERIES = new Shape(List.of("key", "title", "summary", "modules"), List.of("optional"));
    static final Shape MODULE = new Shape(
            List.of("key", "order", "title", "summary", "durationMinutes", "objectives", "agenda"),
            List.of("materials", "worksheets", "requiresUnits"));
    static final Shape AGENDA_ITEM = new Shape(List.of("start", "end", "title"), List.of());
    static final Shape MATERIAL = new Shape(List.of("file", "language", "title", "description"), List.of());
    static final Shape WORKSHEET = new Shape(List.of("key", "title", "introduction", "sections"), List.of());
    static final Shape SECTION = new Shape(List.of("key", "title", "fields"), List.of("help"));
    static final Shape FIELD = new Shape(List.of("key", "type", "label"), List.of("required", "columns"));
    static final Shape COLUMN = new Shape(List.of("key", "label"), List.of());

    DescriptorWalk(String file, Predicate<String> materialExists) {
        super(file, materialExists);
    }

    Map<String, Object> series(Node root) {
        Set<String> moduleKeys = new HashSet<>();
        Set<String> optionalKeys = new HashSet<>();
        Map<String, Node> optionalNodes = new LinkedHashMap<>();
        Map<String, Object> series = object(root, "", SERIES, (k, v, p) -> switch (k) {
            case "key" -> key(v, p);
            case "modules" -> list(v, p, true, (i, m, mp) -> uniqueKey(m, mp, moduleKeys, "module", "series"));
            case "optional" ->
                list(v, p, false, (i, m, mp) -> {
                    String key = uniqueKey(m, mp, optionalKeys, "optional module", "list");
                    if (key != null) {
                        optionalNodes.putIfAbsent(key, m);
                    }
                    return key;
                });
            default -> text(v, p);
        });
        optionalNodes.forEach((key, node) -> {
            if (!moduleKeys.contains(key)) {
                problem(node, "optional", "'%s' is not one of the series' modules", key);
            }
        });
        if (!moduleKeys.isEmpty() && optionalKeys.containsAll(moduleKeys)) {
            problem(root, "optional", "at least one module of the series must be required, not optional");
        }
        return series;
    }

    Map<String, Object> module(Node root) {
        return object(root, "", MODULE, (k, v, p) -> switch (k) {
            case "key" -> key(v, p);
            case "order", "durationMinutes" -> positiveInteger(v, p);
            case "objectives" -> object(v, p, LOCALIZED, (lang, l, lp) -> list(l, lp, true, this::string));
            case "agenda" -> agenda(v, p);
            case "materials" -> list(v, p, false, this::material);
            case "worksheets" -> worksheets(v, p);
            case "requiresUnits" -> bool(v, p);
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
            case "file" -> moduleFile(v, p);
            case "language" -> oneOf(v, p, LANGUAGES, "language");
            default -> text(v, p);
        });
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
}
