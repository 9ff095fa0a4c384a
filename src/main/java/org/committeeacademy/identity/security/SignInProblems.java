package org.committeeacademy.identity.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
