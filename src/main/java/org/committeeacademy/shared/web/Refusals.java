package org.committeeacademy.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.Contention;

/**
 * How a page answers when the domain refuses an action it runs through {@link PageMessages#attempt}. Out of the box
 * each refused field is shown beside its input (client id = form prefix + field; at the top without a prefix) and
 * fails validation, and a conflict shows its own message at the top. Whatever the page does not name here (an object
 * gone, an action denied) is no refusal it expects, and still reaches the error page.
 */
public final class Refusals {

    /** A message at a client id (null: at the top), in the words of the bundles; an argument may be a Line too. */
    record Line(String clientId, String key, Object... arguments) {}

    /** What the page shows for a refusal, and whether the request counts as failed (a dialog stays open). */
    record Answer(List<Line> lines, boolean failsValidation) {}

    private record Rule(Class<? extends RuntimeException> refusal, String clientId, String key) {}

    private final String formPrefix;
    private final Line fieldsAbout;
    private final String conflictsAt;
    private final List<Rule> rules;
    private final boolean keepTheForm;
    private final boolean retryWhenBusy;

    private Refusals(
            String formPrefix,
            Line fieldsAbout,
            String conflictsAt,
            List<Rule> rules,
            boolean keepTheForm,
            boolean retryWhenBusy) {
        this.formPrefix = formPrefix;
        this.fieldsAbout = fieldsAbout;
        this.conflictsAt = conflictsAt;
        this.rules = List.copyOf(rules);
        this.keepTheForm = keepTheForm;
        this.retryWhenBusy = retryWhenBusy;
    }

    /** Every refusal at the top of the page. */
    public static Refusals onPage() {
        return fieldsAt(null);
    }

    /** Refused fields beside their inputs in the form whose client ids start with the prefix, e.g. "profile:". */
    public static Refusals fieldsAt(String formPrefix) {
        return new Refusals(formPrefix, null, null, List.of(), false, false);
    }

    /**
     * The refused fields are about one thing the page names, e.g. an uploaded file: each is shown at the top inside
     * this message, after its arguments ("report.exe" was not accepted: this kind of file is not allowed).
     */
    public static Refusals fieldsAbout(String key, Object... arguments) {
        return new Refusals(null, new Line(null, key, arguments), null, List.of(), false, false);
    }

    /** What the page says when the object is gone (or the caller may not know it exists). */
    public Refusals gone(String key) {
        return as(NotFoundException.class, key);
    }

    public Refusals denied(String key) {
        return as(AccessDeniedException.class, key);
    }

    public Refusals deniedAt(String clientId, String key) {
        return with(new Rule(AccessDeniedException.class, clientId, key));
    }

    /** One message at the top for every refusal of this kind, in place of the refusal's own. */
    public Refusals as(Class<? extends RuntimeException> refusal, String key) {
        return with(new Rule(refusal, null, key));
    }

    /** A conflict is about one field (the e-mail is taken): its message is shown beside that input. */
    public Refusals conflictsAt(String clientId) {
        return new Refusals(formPrefix, fieldsAbout, clientId, rules, keepTheForm, retryWhenBusy);
    }

    /**
     * Every refusal, not only a refused field, fails validation: the page keeps what was typed for another try (a
     * session that clashes is moved, not dropped).
     */
    public Refusals keepingTheForm() {
        return new Refusals(formPrefix, fieldsAbout, conflictsAt, rules, true, retryWhenBusy);
    }

    /**
     * The action is its own transaction and may lose a race for a lock when many act at once: it is tried again, and
     * if it keeps losing, the page asks to try again in a moment ("api.busy").
     */
    public Refusals retryingWhenBusy() {
        return new Refusals(formPrefix, fieldsAbout, conflictsAt, rules, keepTheForm, true);
    }

    <T> T run(Supplier<T> action) {
        return retryWhenBusy ? Contention.retry(action) : action.get();
    }

    /** The page's answer to a failure; empty if the failure is no refusal this page expects. */
    Optional<Answer> answer(RuntimeException failure) {
        for (Rule rule : rules) {
            if (rule.refusal().isInstance(failure)) {
                return answer(new Line(rule.clientId(), rule.key()), keepTheForm);
            }
        }
        if (failure instanceof ValidationException e) {
            return Optional.of(
                    new Answer(e.violations().stream().map(this::line).toList(), true));
        }
        if (failure instanceof ConflictException e) {
            return answer(new Line(conflictsAt, e.messageKey(), e.arguments()), keepTheForm);
        }
        if (retryWhenBusy && Contention.isContention(failure)) {
            return answer(new Line(null, "api.busy"), keepTheForm);
        }
        return Optional.empty();
    }

    private Line line(ValidationException.Violation refused) {
        if (fieldsAbout != null) {
            List<Object> arguments = new ArrayList<>(Arrays.asList(fieldsAbout.arguments()));
            arguments.add(new Line(null, refused.messageKey()));
            return new Line(null, fieldsAbout.key(), arguments.toArray());
        }
        return new Line(formPrefix == null ? null : formPrefix + refused.field(), refused.messageKey());
    }

    private static Optional<Answer> answer(Line line, boolean failsValidation) {
        return Optional.of(new Answer(List.of(line), failsValidation));
    }

    private Refusals with(Rule rule) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(rule);
        return new Refusals(formPrefix, fieldsAbout, conflictsAt, more, keepTheForm, retryWhenBusy);
    }
}
