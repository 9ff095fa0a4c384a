package org.committeeacademy.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.rest.Problems;

/** The API's answers when sign-in is throttled, or when HTTP Basic is not enough for an account. */
final class SignInProblems {

    private SignInProblems() {}

    static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        write(
                response,
                429,
                "{\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\"Too many failed sign-ins for this "
                        + "account from this address. Try again in " + seconds + " seconds.\"}");
    }

    static void useAToken(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Committee Academy\"");
        write(
                response,
                401,
                "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"This account signs in with a second factor, "
                        + "so HTTP Basic is not accepted. Use an API token (Authorization: Bearer).\"}");
    }

    /**
     * An account whose role requires a second factor it has not set up yet may not use the API at all (neither Basic
     * nor a token made before): it signs in on the pages, which lead it to the setup first. 403 in the caller's language.
     */
    static void setUpTheSecondFactorFirst(HttpServletRequest request, HttpServletResponse response, Messages messages)
            throws IOException {
        String detail = messages.text(language(request), "api.mfa.setupFirst");
        write(
                response,
                403,
                Jsons.createObjectBuilder()
                        .add("status", 403)
                        .add("title", "Forbidden")
                        .add("detail", detail)
                        .build()
                        .toString());
    }

    /** The first offered language of the Accept-Language header (German without one), as ApiMessages chooses. */
    static Language language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.defaultLanguage();
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .map(OfferedLanguages::fromCode)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(Language.defaultLanguage());
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
