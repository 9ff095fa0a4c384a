package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.committeeacademy.shared.domain.StaleVersionException;
import org.committeeacademy.shared.i18n.Messages;

/** Messages for the current page, from the bundles, in the page's language. */
@RequestScoped
public class PageMessages {

    @Inject
    Messages messages;

    @Inject
    LanguagePreference language;

    @Inject
    StaleEdits staleEdits;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Runs an action the domain may refuse; a refusal becomes messages on the page, as the page's refusals say, and
     * never an error page.
     *
     * @return whether the action went through
     */
    public boolean attempt(Runnable action, Refusals refusals) {
        return result(
                        () -> {
                            action.run();
                            return Boolean.TRUE;
                        },
                        refusals)
                .isPresent();
    }

    /** Like {@link #attempt} for an action with a result: empty when it was refused. */
    public <T> Optional<T> result(Supplier<T> action, Refusals refusals) {
        try {
            return Optional.of(refusals.run(action));
        } catch (RuntimeException e) {
            Refusals.Answer answer = refusals.answer(e).orElseThrow(() -> e);
            if (e instanceof StaleVersionException) {
                staleEdits.refused();
            }
            answer.lines().forEach(line -> error(line.clientId(), line.key(), texts(line.arguments())));
            if (answer.failsValidation()) {
                FacesContext.getCurrentInstance().validationFailed();
            }
            return Optional.empty();
        }
    }

    /**
     * Runs an action and answers why it was refused, for a page that shows the reason in place (beside a table row)
     * rather than as a message of its own; empty when it went through.
     */
    public Optional<String> refusal(Runnable action, Refusals refusals) {
        try {
            refusals.run(() -> {
                action.run();
                return null;
            });
            return Optional.empty();
        } catch (RuntimeException e) {
            Refusals.Line first =
                    refusals.answer(e).orElseThrow(() -> e).lines().get(0);
            return Optional.of(text(first.key(), texts(first.arguments())));
        }
    }

    private Object[] texts(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof Refusals.Line inner ? text(inner.key(), texts(inner.arguments())) : a)
                .toArray();
    }

    /**
     * Names, e-mail addresses and titles people typed, each between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE,
     * so that a Latin name ending in a digit or a full stop does not scramble the Arabic sentence around it.
     */
    static Object[] isolated(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof CharSequence text ? "\u2068" + text + "\u2069" : a)
                .toArray();
    }

    public String text(String key, Object... arguments) {
        return messages.text(language.current(), key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, language.current().rightToLeft() ? isolated(arguments) : arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
