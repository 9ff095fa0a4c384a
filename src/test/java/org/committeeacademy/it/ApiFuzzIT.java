package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.committeeacademy.it.OpenApiOperations.Operation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fuzz pass generated from the live OpenAPI document (GET /openapi), so a new operation is covered without being
 * named: every operation is called anonymously, and as the admin (whom no role check stops before the parser) with
 * hostile ids, query parameters of the wrong type, and bodies made from its request schema — not an object, wrong
 * types, huge strings, deep nesting, unknown fields only. Ids of real objects (the first of each list) are used only
 * where nothing can change (GET, and bodies that must be refused); everything else goes to an id that does not exist.
 * Every answer must be below 500, of the documented type or problem+json, and without a stack trace; the test fails
 * if an operation of the document was never called. Four requests at a time on reused connections.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final String ADMIN = basic("admin@example.org", "demo-password-2027");
    private static final String MISSING = "987654321";
    private static final List<String> HOSTILE_IDS = List.of("abc", "-1", "99999999999999999999", "1.5");
    private static final List<String> NOT_OBJECTS = List.of("null", "123", "\"x\"", "[]", "[{}]", "{", "\uFEFF{}x");
    /** Acts without a body or an id: as the admin it would change shared state; it is called anonymously only. */
    private static final Set<String> ANONYMOUS_ONLY = Set.of("POST /api/v1/admin/backups");

    @ArquillianResource
    private URL base;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final Map<String, String> realIds = new ConcurrentHashMap<>();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @Test
    void noOperationOfTheDocumentAnswers500OrAnUndocumentedTypeOrAStackTraceToHostileInput() throws Exception {
        Deployments.awaitAnswering(base);
        HttpResponse<String> doc = send("GET", "/openapi", null, null, "application/json");
        assertEquals(200, doc.statusCode(), doc.body());
        OpenApiOperations document =
                new OpenApiOperations(Http.parse(doc.body()).asJsonObject());
        List<Operation> operations = document.all();
        assertTrue(operations.size() > 100, "the document names " + operations.size() + " operations only");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (Operation op : operations) {
            sent.add(pool.submit(() -> {
                fuzz(document, op);
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        pool.shutdown();
        limits(operations);
        System.out.println("ApiFuzzIT: " + requests + " requests to " + operations.size() + " operations");

        Set<String> missed = operations.stream()
                .map(Operation::key)
                .filter(k -> !exercised.contains(k))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertTrue(missed.isEmpty(), "operations never called: " + missed);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + requests + " answers were wrong:\n" + String.join("\n", failures));
    }

    private void fuzz(OpenApiOperations document, Operation op) throws Exception {
        String method = op.method().toUpperCase();
        hit(op, path(op, MISSING), op.takesJson() ? "{}" : null, null);
        boolean hasId = !op.pathParameters().isEmpty();
        if (ANONYMOUS_ONLY.contains(op.key()) || !hasId && !method.equals("GET") && !op.takesJson()) {
            return; // acts on shared state or on the caller itself (renew, start a setup): anonymous only
        }
        if (method.equals("GET")) {
            String query = op.queryParameters().stream()
                    .map(p -> p.getString("name") + "=" + document.hostileQueryValue(p))
                    .collect(Collectors.joining("&"));
            hit(op, path(op, null) + "?" + query + "&zzUnknown=%00", null, ADMIN);
            hit(op, path(op, MISSING), null, ADMIN);
        }
        for (String id : hasId ? HOSTILE_IDS : List.<String>of()) {
            hit(op, path(op, id), op.takesJson() ? "null" : null, ADMIN);
        }
        if (op.takesOtherBody()) {
            hit(op, path(op, MISSING), "{\"file\": null}", ADMIN);
        }
        if (!op.takesJson()) {
            return;
        }
        // bodies that must be refused go to a real object too; any body a resource might take, only where the
        // object does not exist (a schema without properties may take unknown fields, a parser may stop early)
        for (String body : NOT_OBJECTS) {
            boolean real = hasId && document.takesObject(op) && !body.startsWith("\uFEFF") && !body.equals("{");
            hit(op, path(op, real ? null : MISSING), body, ADMIN);
        }
        for (String body : List.of(document.wrongTypes(op), document.deep(op, 300))) {
            hit(op, path(op, hasId && document.hasProperties(op) ? null : MISSING), body, ADMIN);
        }
        for (String body :
                hasId ? List.of(OpenApiOperations.unknownFieldsOnly(), document.hugeStrings(op)) : List.<String>of()) {
            hit(op, path(op, MISSING), body, ADMIN);
        }
    }

    private HttpResponse<String> hit(Operation op, String path, String body, String auth) throws InterruptedException {
        requests.incrementAndGet();
        HttpResponse<String> answer = send(op.method().toUpperCase(), path, body, auth, null);
        check(op, answer);
        return answer;
    }

    /** The parser's and the container's limits: 20,000 levels deep, a body over the limit (also where none is read). */
    private void limits(List<Operation> operations) throws Exception {
        Operation json = operations.stream()
                .filter(o -> o.takesJson() && !o.pathParameters().isEmpty())
                .findFirst()
                .orElseThrow();
        hit(json, path(json, MISSING), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), ADMIN);
        String large = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Operation bodiless = operations.stream()
                .filter(o -> o.method().equals("delete") && !o.pathParameters().isEmpty())
                .findFirst()
                .orElseThrow();
        for (Operation op : List.of(json, bodiless)) {
            HttpResponse<String> answer = hit(op, path(op, MISSING), large, ADMIN);
            if (answer != null && answer.statusCode() != 413) {
                failures.add("a body over the limit: " + answer.statusCode() + " "
                        + answer.request().uri());
            }
        }
    }

    /** The path with each id: the given one, or (null) the first object of the list the id belongs to. */
    private String path(Operation op, String id) {
        String path = op.path();
        for (String name : op.pathParameters()) {
            String placeholder = "{" + name + "}";
            String value = id != null ? id : realId(path.substring(0, path.indexOf(placeholder) - 1));
            path = path.replace(placeholder, value);
        }
        return path;
    }

    private String realId(String list) {
        return realIds.computeIfAbsent(list, l -> {
            try {
                HttpResponse<String> answer = send("GET", l, null, ADMIN, null);
                if (answer != null
                        && answer.statusCode() == 200
                        && answer.body().startsWith("[")) {
                    for (JsonValue item : Http.parse(answer.body()).asJsonArray()) {
                        if (item instanceof JsonObject o && o.get("id") instanceof jakarta.json.JsonNumber n) {
                            return n.toString();
                        }
                    }
                }
            } catch (Exception e) {
                // no list to take an id from
            }
            return MISSING;
        });
    }

    /** The answer, or null when the server closed the connection instead of answering (recorded as a failure). */
    private HttpResponse<String> send(String method, String path, String body, String auth, String accept)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(120));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            failures.add(method + " " + path + " " + (body == null ? "" : body.length() + " bytes") + ": " + closed);
            return null;
        }
    }

    private void check(Operation op, HttpResponse<String> answer) {
        exercised.add(op.key());
        if (answer == null) {
            return; // recorded by send
        }
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        String body = answer.body();
        String what = answer.request().method() + " " + answer.request().uri().getRawPath() + " (" + op.key() + ") → "
                + status + " " + type + ": " + (body.length() > 200 ? body.substring(0, 200) : body);
        if (status >= 500
                || !op.answersAsDocumented(status, type, body.isEmpty())
                || body.contains("\tat ")
                || body.contains("Exception")
                || body.contains("<html")) {
            failures.add(what);
        }
    }
}
