import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed-in people on a cluster, run by bin/bench-cluster (compiled with bench/BenchHttp.java by bench/lib.sh's
 * {@code bench_java}).
 *
 * <pre>
 * ClusterBenchmark joined BASE OTHER              signs in at BASE, checks the session at OTHER
 * ClusterBenchmark signin BASE SESSIONS FILE      signs SESSIONS people in, writes their session cookies
 * ClusterBenchmark load BASE FILE SECONDS THREADS  pages per second and p50/p99 of their home pages
 * ClusterBenchmark open BASE FILE OUT              opens the first person's settings page (a form)
 * ClusterBenchmark postback BASE OUT               sends that form: the session and the open page must
 *                                                  still be there (after an instance was killed)
 * </pre>
 *
 * The sessions are the demo member's (member@example.org), each its own session; nothing but the cookie is shared
 * between the calls, so the sessions must live in the cluster, not in one JVM. Exit status 0 all well, 1 a check
 * failed.
 */
public class ClusterBenchmark {

    static final String MEMBER = "member@example.org";
    static final String PASSWORD = BenchHttp.PASSWORD;
    static final String HOME = "/member/home.xhtml";
    static final String FORM_PAGE = "/member/notifications.xhtml";

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

    /** Signs the demo member in through the login form; @return the session's cookies. */
    static String signInOnce(URI base) throws Exception {
        return BenchHttp.signIn(base, MEMBER, PASSWORD, HOME);
    }

    /** Signed in at one instance, signed in at the other: the two form one cluster. */
    static void joined(URI first, URI second) throws Exception {
        String session = signInOnce(first);
        HttpResponse<String> home = BenchHttp.get(second, HOME, session);
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
                        HttpResponse<String> page = BenchHttp.get(base, HOME, current[i]);
                        current[i] = BenchHttp.cookies(current[i], page);
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
                sessions.size(), threadCount, seconds, sorted.length / wall, BenchHttp.pct(sorted, 50), BenchHttp.pct(sorted, 99),
                failures.get());
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** Opens the form page in the first session; appends its view state to the file. */
    static void open(URI base, String session, java.nio.file.Path file) throws Exception {
        HttpResponse<String> page = BenchHttp.get(base, FORM_PAGE, session);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the settings page answered " + page.statusCode());
        }
        java.nio.file.Files.writeString(
                file, BenchHttp.cookies(session, page) + "\n" + BenchHttp.viewState(page.body()) + "\n" + BenchHttp.nonce(page.body()) + "\n");
    }

    /** The open page's form sent after the kill: the wait, and whether session and view state survived. */
    static void postback(URI base, List<String> state) throws Exception {
        String session = state.get(0);
        long t0 = System.nanoTime();
        HttpResponse<String> answer = BenchHttp.post(base, FORM_PAGE, session,
                "settings=settings&settings%3Asave=x&jakarta.faces.ViewState=" + BenchHttp.enc(state.get(1))
                        + "&primefaces.nonce=" + BenchHttp.enc(state.get(2)));
        long waited = (System.nanoTime() - t0) / 1_000_000;
        // the form's action ran: its "saved" message is on the page, in the signed-in person's layout
        boolean kept = answer.statusCode() == 200
                && answer.body().contains("logoutForm")
                && answer.body().contains("ui-messages-info");
        System.out.printf("postback after the kill: HTTP %d after %d ms; session and open page %s%n",
                answer.statusCode(), waited, kept ? "kept" : "LOST");
        System.exit(kept ? 0 : 1);
    }
}
