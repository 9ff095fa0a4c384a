package org.committeeacademy.curriculum.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One parse of one self-paced unit (modules/NN-name/units/*.yaml, see modules/README.md): pages to read and check
 * questions, placed before or after one of the module's sessions. Same mechanism as {@link DescriptorWalk}: every
 * problem with file and line.
 */
final class UnitWalk extends DescriptorScalars {

    static final List<String> QUESTION_TYPES = List.of("single", "multiple", "reflection");
    static final List<String> WHEN = List.of("before", "after");

    static final Shape UNIT =
            new Shape(List.of("key", "title", "placement", "pages", "questions"), List.of("minutes", "summary"));
    static final Shape PLACEMENT = new Shape(List.of("session", "when"), List.of());
    static final Shape PAGE = new Shape(List.of("title", "text"), List.of("image", "video", "sheet"));
    static final Shape IMAGE = new Shape(List.of("file", "alt"), List.of());
    static final Shape VIDEO = new Shape(List.of("url", "title"), List.of());
    static final Shape SHEET = new Shape(List.of("file", "title"), List.of());
    static final Shape QUESTION = new Shape(List.of("key", "type", "text"), List.of("options"));
    static final Shape OPTION = new Shape(List.of("key", "text"), List.of("correct"));

    UnitWalk(String file, Predicate<String> fileExists) {
        super(file, fileExists);
    }

    Map<String, Object> unit(Node root) {
        Set<String> questionKeys = new HashSet<>();
        return object(root, "", UNIT, (k, v, p) -> switch (k) {
            case "key" -> key(v, p);
            case "minutes" -> positiveInteger(v, p);
            case "placement" ->
                object(
                        v,
                        p,
                        PLACEMENT,
                        (pk, pv, pp) ->
                                pk.equals("session") ? positiveInteger(pv, pp) : oneOf(pv, pp, WHEN, "placement"));
            case "pages" -> list(v, p, true, (i, page, pp) -> page(page, pp));
            case "questions" -> list(v, p, true, (i, q, qp) -> question(q, qp, questionKeys));
            default -> text(v, p);
        });
    }

    private Object page(Node node, String path) {
        return object(node, path, PAGE, (k, v, p) -> switch (k) {
            case "image" -> object(v, p, IMAGE, (ik, iv, ip) -> ik.equals("file") ? moduleFile(iv, ip) : text(iv, ip));
            case "sheet" -> object(v, p, SHEET, (sk, sv, sp) -> sk.equals("file") ? moduleFile(sv, sp) : text(sv, sp));
            case "video" -> object(v, p, VIDEO, (vk, vv, vp) -> vk.equals("url") ? url(vv, vp) : text(vv, vp));
            default -> text(v, p);
        });
    }

    private Object question(Node node, String path, Set<String> questionKeys) {
        Map<String, Node> entries = entries(node, path, QUESTION);
        Set<String> optionKeys = new HashSet<>();
        Map<String, Object> question = read(entries, path, (k, v, p) -> switch (k) {
            case "key" -> uniqueKey(v, p, questionKeys, "question", "unit");
            case "type" -> oneOf(v, p, QUESTION_TYPES, "question type");
            case "options" -> list(v, p, true, (i, o, op) -> option(o, op, optionKeys));
            default -> text(v, p);
        });
        if (question == null || !(question.get("type") instanceof String type)) {
            return question;
        }
        boolean choice = !type.equals("reflection");
        if (choice && !entries.containsKey("options")) {
            problem(node, path, "a question of type '%s' needs 'options'", type);
        } else if (!choice && entries.containsKey("options")) {
            problem(entries.get("options"), path + ".options", "a reflection has no options");
        } else if (choice && question.get("options") instanceof List<?> options) {
            checkChoices(entries.get("options"), path + ".options", type, options);
        }
        return question;
    }

    private void checkChoices(Node node, String path, String type, List<?> options) {
        long correct = options.stream()
                .filter(o -> o instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("correct")))
                .count();
        if (options.size() < 2) {
            problem(node, path, "a choice needs at least two options");
        }
        if (correct == 0) {
            problem(node, path, "mark at least one option 'correct: true'");
        } else if (type.equals("single") && correct > 1) {
            problem(node, path, "a 'single' question has exactly one correct option, not %d", correct);
        }
    }

    private Object option(Node node, String path, Set<String> optionKeys) {
        return object(node, path, OPTION, (k, v, p) -> switch (k) {
            case "key" -> uniqueKey(v, p, optionKeys, "option", "question");
            case "correct" -> bool(v, p);
            default -> text(v, p);
        });
    }

    private Object url(Node node, String path) {
        String url = string(null, node, path);
        if (url != null && !url.matches("https://[^\\s\"<>]+")) {
            problem(node, path, "'%s' must be an https:// address", url);
            return null;
        }
        return url;
    }
}
