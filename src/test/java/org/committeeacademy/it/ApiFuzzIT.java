package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.committeeacademy.shared.rest.RestEndpoints;
import org.committeeacademy.shared.rest.RestEndpoints.Endpoint;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small fuzz pass over every endpoint of the API (taken from the resource classes, so a new endpoint is covered
 * without being named): hostile bodies (not an object, nested 20,000 deep, larger than the limit), hostile ids and
 * query parameters, as the admin (whom no role check stops before the parser) and as nobody. Every answer must be
 * below 500, JSON, and without a stack trace. Ids are ones that do not exist, so nothing of the shared data changes.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final String ADMIN = basic("admin@example.org", "demo-password-2027");
    private static final String DEEP = "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
    private static final String HUGE = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    private static final List<String> BODIES =
            List.of("null", "123", "\"x\"", "[]", "[{}]", "{", "{\"name\": {\"$gt\": \"\"}}", "\uFEFF{}x", DEEP, HUGE);
    private static final List<String> SMALL_BODIES = BODIES.subList(0, BODIES.size() - 2);
    private static final List<String> IDS = List.of("987654321", "-1", "abc", "99999999999999999999", "1.5", "%00");
    private static final String HOSTILE_QUERY =
            "?from=abc&to=2027-13-45&q=%27%22%3Cscript%3E&limit=-5&first=-1&format=xyz&kind=%00&to=%27&cohort=x&lang=zz";
    /** Endpoints that act without a body and without an id: calling them here would change shared state. */
    private static final Set<String> NOT_FUZZED = Set.of("POST /admin/backups");

    @ArquillianResource
    private URL base;

    private final List<String> failedToAnswer = new ArrayList<>();

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @Test
    void noEndpointAnswers500HtmlOrAStackTraceToHostileInput() throws Exception {
        Deployments.awaitAnswering(base);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : RestEndpoints.all()) {
            if (NOT_FUZZED.contains(endpoint.toString())) {
                continue;
            }
            boolean takesBody = Set.of("POST", "PUT", "PATCH").contains(endpoint.method());
            boolean multipart =
                    endpoint.consumes().filter(c -> c.startsWith("multipart")).isPresent();
            boolean hasId = endpoint.path().contains("{");
            for (String id : hasId ? IDS : List.of("987654321")) {
                String path = "/api/v1" + endpoint.path().replaceAll("\\{[^}]+}", id);
                if (!takesBody) {
                    if (!endpoint.method().equals("DELETE") || hasId) {
                        check(failures, endpoint, send(endpoint.method(), path + HOSTILE_QUERY, null, ADMIN));
                        check(failures, endpoint, send(endpoint.method(), path, null, null));
                        requests += 2;
                    }
                    continue;
                }
                if (multipart || !hasId && endpoint.consumes().isEmpty()) {
                    continue;
                }
                // large bodies only where the body is read: an answer given before reading it (a role refused, a
                // resource without a body) leaves the client writing into a full socket until its timeout
                boolean reads = endpoint.consumes().isPresent() && (endpoint.open() || endpoint.allows("ADMIN"));
                List<String> bodies = !id.equals("987654321") ? List.of("null") : reads ? BODIES : SMALL_BODIES;
                for (String body : bodies) {
                    check(failures, endpoint, send(endpoint.method(), path, body, ADMIN));
                    requests++;
                }
            }
        }
        assertTrue(requests > 300, "the pass reached " + requests + " requests only");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + requests + " answers were wrong:\n" + String.join("\n", failures));
    }

    /** The answer, or null when the server closed the connection instead of answering (recorded as a failure). */
    private HttpResponse<String> send(String method, String path, String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            if (body != null && body.length() > 64 * 1024) {
                // the server answered before reading a large body (a resource that takes none, a type it does not
                // read) and closed the connection while the client still sent: refused, nothing leaked, no 5xx
                return null;
            }
            failedToAnswer.add(
                    method + " " + path + " " + (body == null ? "" : body.length() + " bytes") + ": " + closed);
            return null;
        }
    }

    private void check(List<String> failures, Endpoint endpoint, HttpResponse<String> answer) {
        if (answer == null) {
            failures.addAll(failedToAnswer);
            failedToAnswer.clear();
            return;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String body = answer.body();
        String what = answer.request().method() + " " + answer.request().uri().getRawPath() + " (" + endpoint + ") → "
                + answer.statusCode() + " " + type + ": " + (body.length() > 200 ? body.substring(0, 200) : body);
        if (answer.statusCode() >= 500) {
            failures.add(what);
        } else if (answer.statusCode() == 400
                && body.isEmpty()
                && answer.request().uri().getRawPath().contains("%00")) {
            // a NUL byte in the path: the container refuses it before the application, with an empty 400
            return;
        } else if (answer.statusCode() >= 400 && !type.contains("json")) {
            failures.add(what);
        } else if (body.contains("\tat ") || body.contains("Exception") || body.contains("<html")) {
            failures.add(what);
        }
    }
}
