import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in people on a cluster, run by bin/bench-cluster (without compiling: {@code java ClusterBenchmark.java}).
 *
 * <pre>
 * java bench/ClusterBenchmark.java joined BASE OTHER              signs in at BASE, checks the session at OTHER
 * java bench/ClusterBenchmark.java signin BASE SESSIONS FILE      signs SESSIONS people in, writes their session cookies
 * java bench/ClusterBenchmark.java load BASE FILE SECONDS THREADS  pages per second and p50/p99 of their home pages
 * java bench/ClusterBenchmark.java open BASE FILE OUT              opens the first person's settings page (a form)
 * java bench/ClusterBenchmark.java postback BASE OUT               sends that form: the session and the open page must
 *                                                                  still be there (after an instance was killed)
 * </pre>
 *
 * The sessions are the demo member's (member@example.org), each its own session; nothing but the cookie is shared
 * between the calls, so the sessions must live in the cluster, not in one JVM. Exit status 0 all well, 1 a check
 * failed.
 */
public class ClusterBenchmark {

    static final String MEMBER = "member@example.org";
    static final String PASSWORD = "demo-password-2027";
    static final String HOME = "/member/home.xhtml";
    static final String FORM_PAGE = "/member/notifications.xhtml";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    /** The session cookie and Payara's JSESSIONIDVERSION, which a replicated session needs. */
    static final Pattern COOKIE = Pattern.compile("^(JSESSIONID[A-Z]*)=([^;]*)");
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            // the worker threads would keep the JVM alive
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(String[] args) throws Exception {
        URI base = URI.create(args[1]);
        java.nio.file.Path file = java.nio.file.Path.of(args[args[0].equals("signin") ? 3 : 2]);
        // (for "joined", the second instance's address; unused as a file)
        switch (args[0]) {
            case "joined" -> joined(base, URI.create(args[2]));
            case "signin" -> signIn(base, Integer.parseInt(args[2]), file);
            case "load" -> load(base, java.nio.file.Files.readAllLines(file), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "open" -> open(base, java.nio.file.Files.readAllLines(file).get(0), java.nio.file.Path.of(args[3]));
            case "postback" -> postback(base, java.nio.file.Files.readAllLines(file));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Signs one person in through the login form; @return the session cookie's value. */
    static String signInOnce(URI base) throws Exception {
        HttpResponse<String> form = get(base, "/login.xhtml", null);
        String session = cookies("", form);
        if (session.isEmpty()) {
            throw new IllegalStateException("no session from the login page");
        }
        String body = "login=login&login%3Aemail=" + enc(MEMBER) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + enc(viewState(form.body()));
        HttpResponse<String> answer = post(base, "/login.xhtml", session, body);
        session = cookies(session, answer);
        HttpResponse<String> home = get(base, HOME, session);
        session = cookies(session, home);
        if (home.statusCode() != 200 || !home.body().contains("logoutForm")) {
            throw new IllegalStateException("not signed in: " + answer.statusCode() + " then " + home.statusCode());
        }
        return session;
    }

    /** Signed in at one instance, signed in at the other: the two form one cluster. */
    static void joined(URI first, URI second) throws Exception {
        String session = signInOnce(first);
        HttpResponse<String> home = get(second, HOME, session);
        boolean shared = home.statusCode() == 200 && home.body().contains("logoutForm");
        System.out.println(shared ? "the instances share their sessions" : "the second instance does not know the session");
        System.exit(shared ? 0 : 1);
    }

    static void signIn(URI base, int sessions, java.nio.file.Path file) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<String>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            done.add(threads.submit(() -> signInOnce(base)));
        }
        List<String> cookies = new ArrayList<>();
        for (Future<String> f : done) {
            cookies.add(f.get());
        }
        threads.shutdown();
        java.nio.file.Files.write(file, cookies);
        System.out.printf("signed in: %d sessions in %.1f s%n", sessions, (System.nanoTime() - start) / 1e9);
    }

    static void load(URI base, List<String> sessions, int seconds, int threadCount) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        String[] current = sessions.toArray(new String[0]);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threadCount; t++) {
            workers.add(threads.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = Math.floorMod(next.getAndIncrement(), current.length);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> page = get(base, HOME, current[i]);
                        current[i] = cookies(current[i], page);
                        if (page.statusCode() == 200 && page.body().contains("logoutForm")) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        threads.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%d signed-in sessions, %d threads, %d s: %.1f pages/s, p50 %d ms, p99 %d ms, %d failed%n",
                sessions.size(), threadCount, seconds, sorted.length / wall, pct(sorted, 50), pct(sorted, 99),
                failures.get());
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** Opens the form page in the first session; appends its view state to the file. */
    static void open(URI base, String session, java.nio.file.Path file) throws Exception {
        HttpResponse<String> page = get(base, FORM_PAGE, session);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the settings page answered " + page.statusCode());
        }
        java.nio.file.Files.writeString(
                file, cookies(session, page) + "\n" + viewState(page.body()) + "\n" + nonce(page.body()) + "\n");
    }

    /** The open page's form sent after the kill: the wait, and whether session and view state survived. */
    static void postback(URI base, List<String> state) throws Exception {
        String session = state.get(0);
        long t0 = System.nanoTime();
        HttpResponse<String> answer = post(base, FORM_PAGE, session,
                "settings=settings&settings%3Asave=x&jakarta.faces.ViewState=" + enc(state.get(1))
                        + "&primefaces.nonce=" + enc(state.get(2)));
        long waited = (System.nanoTime() - t0) / 1_000_000;
        // the form's action ran: its "saved" message is on the page, in the signed-in person's layout
        boolean kept = answer.statusCode() == 200
                && answer.body().contains("logoutForm")
                && answer.body().contains("ui-messages-info");
        System.out.printf("postback after the kill: HTTP %d after %d ms; session and open page %s%n",
                answer.statusCode(), waited, kept ? "kept" : "LOST");
        System.exit(kept ? 0 : 1);
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1_000_000;
    }

    static HttpResponse<String> get(URI base, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (session != null) {
            request.header("Cookie", session);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URI base, String path, String session, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies to send next: those sent, with what the response set in their place. */
    static String cookies(String sent, HttpResponse<?> response) {
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
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
        return jar.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
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

}
