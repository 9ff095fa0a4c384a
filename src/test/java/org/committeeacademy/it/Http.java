package org.committeeacademy.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the container tests: cookies kept per instance, redirects not followed. */
final class Http {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final Map<String, String> always = new HashMap<>();

    Http(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A header sent with every request from now on (e.g. X-Forwarded-For, to act as another client). */
    Http always(String name, String value) {
        always.put(name, value);
        return this;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return send(formPost(path, fields), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest formPost(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Logs in through the login form as a browser would; returns the answer to the form's POST. */
    HttpResponse<String> formLogin(String email, String password) {
        return submit(
                get("/login.xhtml").body(),
                "/login.xhtml",
                Map.of("login", "login", "login:email", email, "login:password", password, "login:submit", ""));
    }

    /**
     * Posts a form of the given page with what a browser adds: the view state, and the page's CSP nonce that
     * PrimeFaces' script puts into every form.
     */
    HttpResponse<String> submit(String page, String path, Map<String, String> fields) {
        return postForm(path, withViewState(page, fields));
    }

    /** As {@link #submit}, for an answer that is a file: its bytes as they came (an .xlsx is a zip). */
    HttpResponse<byte[]> download(String page, String path, Map<String, String> fields) {
        return send(formPost(path, withViewState(page, fields)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> withViewState(String page, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return all;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(url("/"), cookie);
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no ViewState in page: " + html);
        }
        return m.group(1);
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60));
        always.forEach(builder::header);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Paths are relative to the deployment, wherever Arquillian put it. */
    URI url(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
