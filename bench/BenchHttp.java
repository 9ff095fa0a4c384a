import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plain JDK 17 HTTP client the page benchmarks share (bench/ClusterBenchmark.java, bench/PageBenchmark.java):
 * GET and POST with a session cookie, signing in through the login form, the JSF view state and CSP nonce of a page.
 * Compiled together with them by bench/lib.sh ({@code bench_java}).
 */
final class BenchHttp {

    private BenchHttp() {}

    static final String PASSWORD = "demo-password-2027";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    /** The session cookie and Payara's JSESSIONIDVERSION, which a replicated session needs. */
    static final Pattern COOKIE = Pattern.compile("^(JSESSIONID[A-Z]*)=([^;]*)");

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The longest a request may take before it counts as timed out (wrk's default, as in the figures). */
    static Duration timeout = Duration.ofSeconds(120);

    /** Signs one person in through the login form; @return the cookies of the signed-in session. */
    static String signIn(URI base, String email, String password, String firstPage) throws Exception {
        HttpResponse<String> form = get(base, "/login.xhtml", null);
        String session = cookies("", form);
        if (session.isEmpty()) {
            throw new IllegalStateException("no session from the login page");
        }
        String body = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + enc(viewState(form.body()));
        HttpResponse<String> answer = post(base, "/login.xhtml", session, body);
        session = cookies(session, answer);
        HttpResponse<String> page = get(base, firstPage, session);
        session = cookies(session, page);
        if (page.statusCode() != 200 || !page.body().contains("logoutForm")) {
            throw new IllegalStateException(
                    email + " not signed in: " + answer.statusCode() + " then " + page.statusCode());
        }
        return session;
    }

    static HttpResponse<String> get(URI base, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (session != null) {
            request.header("Cookie", session);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI base, String path, String session, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request with HTTP Basic credentials (the API). */
    static HttpResponse<String> api(URI base, String method, String path, String json, String email, String password)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (email != null) {
            String pair = email + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies to send next: those sent, with what the response set in their place. */
    static String cookies(String sent, HttpResponse<?> response) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : sent.split("; ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        for (String header : response.headers().allValues("set-cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find()) {
                jar.put(m.group(1), m.group(2));
            }
        }
        return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** PrimeFaces (CSP on) sends the page's nonce with every postback and refuses one without it. */
    static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSP nonce in the page");
        }
        return m.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The p-th percentile of sorted nanoseconds, in milliseconds; -1 when there are none. */
    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1_000_000;
    }
}
