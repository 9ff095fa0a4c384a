import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in members browsing their pages with no pause (issue 27), run by bin/bench-pages (compiled with
 * bench/BenchHttp.java by bench/lib.sh's {@code bench_java}).
 *
 * <pre>
 * PageBenchmark floor BASE SECONDS THREADS
 *     the floor's trivial JSF page (/) from THREADS connections: prints "floor-pages-per-second N"
 * PageBenchmark members BASE SESSIONS SECONDS THREADS FLOOR
 *     prepares (unmeasured) SESSIONS members: member@example.org and SESSIONS-1 accounts made through the admin API,
 *     each enrolled in an open cohort, each signed in with its own session; then
 *     1. all SESSIONS browse home, goals, profile, the catalogue and the cohort page in turn, no pause, SECONDS long;
 *     2. page by page, THREADS connections over the same sessions, max(5, SECONDS/3) s each, with the ratio of its
 *        pages per second to FLOOR (the floor's trivial page in the same run).
 * </pre>
 *
 * A request counts as an error when the answer is not 200 with the signed-in layout, and as a timeout after 10 s (as
 * wrk's default, with which the figures were taken). When the server sends {@code Academy-Sql-Statements}
 * (ACADEMY_STATEMENT_COUNT=true) the statements per page are printed too. Exit status 0 no errors, 1 errors or
 * timeouts, 2 nothing could be measured.
 */
public class PageBenchmark {

    static final String ADMIN = "admin@example.org";
    static final String FIRST_MEMBER = "member@example.org";
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(10);
    static final int FLOOR_WARM_UP_SECONDS = 30;
    /** Warm-up rounds of 10 s, at most 5 minutes: see {@link JitQuiet}. */
    static final int WARM_ROUND_SECONDS = 10;
    static final int MAX_WARM_ROUNDS = 30;
    static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) {
        int status;
        try {
            status = args[0].equals("floor")
                    ? floor(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]))
                    : members(
                            URI.create(args[1]),
                            Integer.parseInt(args[2]),
                            Integer.parseInt(args[3]),
                            Integer.parseInt(args[4]),
                            Double.parseDouble(args[5]));
        } catch (Exception e) {
            e.printStackTrace();
            status = 2;
        }
        // the worker threads would keep the JVM alive
        System.exit(status);
    }

    static int onePageSeconds(int seconds) {
        return Math.max(5, seconds / 3);
    }

    static int floor(URI base, int seconds, int threads) throws Exception {
        BASE = base;
        BenchHttp.timeout = PAGE_TIMEOUT;
        // at least as long as bench/run.sh's 30 s: after 5 s the JIT was still compiling and the floor's figure doubled
        JitQuiet.warm("the floor", FLOOR_WARM_UP_SECONDS / WARM_ROUND_SECONDS, MAX_WARM_ROUNDS,
                () -> run(threads, WARM_ROUND_SECONDS, t -> "/", t -> null, Map.of("/", new Tally()), false));
        Tally tally = new Tally();
        long[] cpu = JitQuiet.cpu();
        double wall = run(threads, onePageSeconds(seconds), t -> "/", t -> null, Map.of("/", tally), false);
        System.out.printf("floor: the trivial JSF page / from %d connections: %s%s%n", threads, tally.line(wall),
                JitQuiet.since(cpu));
        System.out.printf("floor-pages-per-second %.1f%n", tally.count() / wall);
        return tally.failed() == 0 ? 0 : 1;
    }

    static int members(URI base, int sessions, int seconds, int threads, double floor) throws Exception {
        long t0 = System.nanoTime();
        String cohortPage = "/cohort.xhtml?id=" + openCohort(base);
        List<String> pages =
                List.of("/member/home.xhtml", "/member/goals.xhtml", "/account/profile.xhtml", "/catalogue.xhtml", cohortPage);
        List<String> emails = accounts(base, sessions, cohortPage.substring(cohortPage.indexOf('=') + 1));
        String[] cookies = parallel(sessions, 8, i -> BenchHttp.signIn(base, emails.get(i), BenchHttp.PASSWORD, pages.get(0)))
                .toArray(new String[0]);
        System.out.printf("prepared in %.1f s (unmeasured): %d members signed in, each its own session; cohort page %s%n",
                (System.nanoTime() - t0) / 1e9, sessions, cohortPage);
        BenchHttp.timeout = PAGE_TIMEOUT;

        // as the floor: until the JIT compilers are nearly done with the pages (the same rule for both)
        JitQuiet.warm("the application", FLOOR_WARM_UP_SECONDS / WARM_ROUND_SECONDS, MAX_WARM_ROUNDS,
                () -> run(threads, WARM_ROUND_SECONDS, t -> pages.get(t % pages.size()), t -> cookies, tallies(pages), true));

        Map<String, Tally> mixed = tallies(pages);
        int[] step = new int[sessions];
        java.util.Arrays.setAll(step, s -> s); // each member starts at another page
        double wall = run(sessions, seconds, s -> pages.get(step[s]++ % pages.size()), s -> cookies, mixed, true);
        // each worker is one session: with as many workers as sessions, run() gives worker s session s
        long all = mixed.values().stream().mapToLong(Tally::count).sum();
        long failed = mixed.values().stream().mapToLong(Tally::failed).sum();
        Tally total = new Tally();
        mixed.values().forEach(total::addAll);
        System.out.printf("%n1. %d signed-in members, each browsing the five pages in turn with no pause, %d s:%n",
                sessions, seconds);
        System.out.printf("   %-24s %s%n", "all pages", total.line(wall));
        mixed.forEach((page, tally) -> System.out.printf("   %-24s %s%n", label(page), tally.line(wall)));

        System.out.printf("%n2. page by page, %d connections over the same sessions, %d s each (floor's trivial JSF page:"
                + " %.1f/s in this run):%n", threads, onePageSeconds(seconds), floor);
        boolean allAbove = true;
        for (String page : pages) {
            Tally tally = new Tally();
            long[] cpu = JitQuiet.cpu();
            double w = run(threads, onePageSeconds(seconds), t -> page, t -> cookies, Map.of(page, tally), true);
            double ratio = tally.count() / w / floor;
            allAbove &= ratio >= 1.0 / 3;
            failed += tally.failed();
            System.out.printf("   %-24s %s  ratio to floor %.2f%s%s%n", label(page), tally.line(w), ratio,
                    ratio >= 1.0 / 3 ? "" : " (below 1/3)", JitQuiet.since(cpu));
        }
        System.out.printf("%nrequests %d in phase 1; errors and timeouts %d; every page at least 1/3 of the floor: %s%n",
                all, failed, allAbove ? "yes" : "NO");
        return failed == 0 ? 0 : 1;
    }

    static String label(String page) {
        return page.startsWith("/cohort.xhtml") ? "/cohort.xhtml" : page;
    }

    static Map<String, Tally> tallies(List<String> pages) {
        Map<String, Tally> tallies = new TreeMap<>();
        pages.forEach(p -> tallies.put(p, new Tally()));
        return tallies;
    }

    /**
     * {@code workers} threads request {@code pageOf(worker)} with the worker's session (cookies[worker % n]) until
     * {@code seconds} are over; @return the wall time in seconds.
     */
    static double run(int workers, int seconds, IntFunction<String> pageOf, IntFunction<String[]> cookiesOf,
            Map<String, Tally> tallies, boolean signedIn) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicInteger turn = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            done.add(threads.submit(() -> {
                URI base = BASE;
                while (System.nanoTime() < end) {
                    String[] cookies = cookiesOf.apply(worker);
                    int s = cookies == null ? 0 : (workers == cookies.length ? worker : turn.getAndIncrement());
                    String page = pageOf.apply(worker);
                    Tally tally = tallies.get(page);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = BenchHttp.get(base, page, cookies == null ? null : cookies[Math.floorMod(s, cookies.length)]);
                        long nanos = System.nanoTime() - t0;
                        boolean ok = r.statusCode() == 200 && (!signedIn || r.body().contains("logoutForm"));
                        tally.add(ok, nanos, r.headers().firstValue("Academy-Sql-Statements").orElse(null));
                    } catch (HttpTimeoutException e) {
                        tally.timeouts.incrementAndGet();
                    } catch (Exception e) {
                        tally.errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    static URI BASE;

    static String openCohort(URI base) throws Exception {
        BASE = base;
        HttpResponse<String> list = BenchHttp.api(base, "GET", "/api/v1/cohorts", null, null, null);
        Matcher object = OBJECT.matcher(list.body());
        while (list.statusCode() == 200 && object.find()) {
            Matcher id = ID.matcher(object.group());
            if (object.group().contains("\"status\":\"OPEN\"") && id.find()) {
                return id.group(1);
            }
        }
        throw new IllegalStateException("no OPEN cohort in GET /api/v1/cohorts: " + list.statusCode());
    }

    /** member@example.org and sessions-1 new member accounts, each enrolled in the cohort (waiting list when full). */
    static List<String> accounts(URI base, int sessions, String cohortId) throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        List<String> made = parallel(sessions - 1, 8, i -> {
            String email = "bench-pages-%s-%04d@example.org".formatted(run, i + 1);
            String body = """
                    {"email": "%s", "name": "Lasttest Seiten %d", "password": "%s", "roles": ["MEMBER"],\
                     "language": "de"}""".formatted(email, i + 1, BenchHttp.PASSWORD);
            expect(201, BenchHttp.api(base, "POST", "/api/v1/accounts", body, ADMIN, BenchHttp.PASSWORD));
            expect(201, BenchHttp.api(base, "POST", "/api/v1/cohorts/" + cohortId + "/enrolments", "{}", email,
                    BenchHttp.PASSWORD));
            return email;
        });
        List<String> emails = new ArrayList<>(List.of(FIRST_MEMBER));
        emails.addAll(made);
        return emails;
    }

    static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + ": " + r.statusCode() + " " + r.body());
        }
    }

    interface Task<T> {
        T call(int i) throws Exception;
    }

    static <T> List<T> parallel(int n, int threadCount, Task<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(threadCount);
        List<Future<T>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            done.add(threads.submit(() -> task.call(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : done) {
            results.add(f.get());
        }
        threads.shutdown();
        return results;
    }

    /** The answers to one page: latencies of the good ones, errors, timeouts, statements the server reported. */
}
