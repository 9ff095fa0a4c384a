import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Enrolment under load: N members enrol in one cohort (or spread over several cohorts, member i in cohort i mod
 * COHORTS) at the same moment over HTTP, authenticated with HTTP Basic or with a personal API token each (Bearer).
 * Run by bin/bench-enrolment against a freshly started application with demo data; runs without compiling
 * ({@code java EnrolmentBenchmark.java}).
 *
 * <pre>java bench/EnrolmentBenchmark.java BASE_URL MEMBERS CAPACITY CONCURRENCY [COHORTS=1] [basic|bearer]</pre>
 *
 * Exit status: 0 all well, 1 an invariant of the roster is broken, 3 the roster is consistent but some enrolment
 * requests failed or an answer disagrees with the roster, 2 the preparation failed (nothing measured).
 */
public class EnrolmentBenchmark {

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String MEMBER_PASSWORD = "bench-password-2027";
    static final String ADMIN = basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    /** Preparation is CPU-bound on the server (PBKDF2): more parallel requests than this only queue. */
    static final int PREPARE_THREADS = 8;
    static final int WARM_UP_MEMBERS = 50;
    static final int WARM_ROUNDS = 30;
    static final int WARM_COMPILER_SHARE = 10;

    /** The longest wait for a quiet server before the measured rush. */
    static final int QUIET_MAX_SECONDS = 30;

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static URI base;

    /** A member, how their requests authenticate, and the cohort they enrol in. */
    record Member(long id, String email, String auth, long cohortId) {}

    /** One measured request: the status (0 for a connection error), its latency, when it ended, what came back. */
    record Result(Member member, int status, long nanos, long end, String body, String error) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The measured requests, when the gate opened, and the time from then until the last answer. */
    record Run(List<Result> results, long start, long wallNanos, Cpu cpu) {}

    /**
     * Processor time from the gate to the last answer: the server's per kind of thread (from /proc, by the PID the
     * script passes in BENCH_SERVER_PID; empty when unknown) and this client's own. Both run on the same cores, so the
     * client's share is time the server did not have.
     */
    record Cpu(Map<String, Long> serverNanos, long clientNanos) {
        long serverTotal() {
            return serverNanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The server's threads by name with the numbers left out ("http-thread-poo#"), in nanoseconds so far. */
        static Map<String, Long> server() {
            String pid = System.getenv("BENCH_SERVER_PID");
            Map<String, Long> byKind = new TreeMap<>();
            if (pid == null) {
                return byKind;
            }
            try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
                for (java.nio.file.Path task : tasks.toList()) {
                    try {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime (fields 14 and 15 of stat; 12 and 13 after the name), clock ticks of 10 ms
                        long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                        byKind.merge(name.replaceAll("[0-9]+", "#"), nanos, Long::sum);
                    } catch (java.io.IOException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                byKind.clear();
            }
            return byKind;
        }

        /** What each kind of thread used between two readings (threads that ended meanwhile are not counted). */
        static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
            Map<String, Long> used = new TreeMap<>();
            after.forEach((kind, nanos) -> used.put(kind, Math.max(0, nanos - before.getOrDefault(kind, 0L))));
            return used;
        }

        static long client() {
            return ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6 || (args.length == 6 && !args[5].matches("basic|bearer"))) {
            System.err.println(
                    "usage: java EnrolmentBenchmark.java BASE_URL MEMBERS CAPACITY CONCURRENCY [COHORTS] [basic|bearer]");
            System.exit(2);
        }
        base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int members = Integer.parseInt(args[1]);
        int capacity = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        int cohortCount = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        boolean bearer = args.length > 5 && args[5].equals("bearer");

        long prepareStart = System.nanoTime();
        List<Long> cohorts = new ArrayList<>();
        for (int c = 0; c < cohortCount; c++) {
            cohorts.add(createCohort(capacity));
        }
        List<Member> accounts = parallel(members, PREPARE_THREADS, i -> createMember(i, cohorts.get(i % cohortCount)));
        List<Member> crowd = bearer ? parallel(members, PREPARE_THREADS, i -> withToken(accounts.get(i))) : accounts;
        int warmups = Math.min(WARM_UP_MEMBERS, Math.max(10, members / 10));
        List<Member> warmAccounts =
                parallel(warmups, PREPARE_THREADS, i -> createMember(members + i, cohorts.get(0)));
        List<Member> warmCrowd =
                bearer ? parallel(warmups, PREPARE_THREADS, i -> withToken(warmAccounts.get(i))) : warmAccounts;
        long warmStart = System.nanoTime();
        parallel(warmups, PREPARE_THREADS, i -> warm(warmCrowd.get(i)));
        parallel(members, PREPARE_THREADS, i -> warm(crowd.get(i)));
        long credentialsWarmed = System.nanoTime();
        WarmUp warmUp = warmUp(warmCrowd, capacity);
        long preparedAt = System.nanoTime();
        System.out.printf(
                "Prepared in %.1f s: %d cohort(s) %s (capacity %d each, OPEN), %d member accounts (member i enrols in"
                        + " cohort i mod %d), each member's credentials warmed once with GET /api/v1/me (%.1f s);"
                        + " then %d warm-up rushes of %d other members, each on a new cohort of its own (unmeasured),"
                        + " until the JIT compilers took under %d %% of the server's processor time in one (the last:"
                        + " %s).%n",
                seconds(preparedAt - prepareStart),
                cohortCount,
                cohorts.size() <= 3 ? cohorts : cohorts.get(0) + ".." + cohorts.get(cohorts.size() - 1),
                capacity,
                members,
                cohortCount,
                seconds(credentialsWarmed - warmStart),
                warmUp.rounds(),
                warmups,
                WARM_COMPILER_SHARE,
                warmUp.lastCompilerShare() < 0 ? "unknown" : "%.0f %%".formatted(warmUp.lastCompilerShare()));
        if (ACCOUNTS_ASKED_AGAIN.get() > 0) {
            System.out.printf(
                    "Preparation: %d account creation(s) answered 503 'try again' and sent again.%n",
                    ACCOUNTS_ASKED_AGAIN.get());
        }
        System.out.println(
                bearer
                        ? "Authentication: Authorization: Bearer, one personal API token per member (POST /api/v1/tokens"
                                + " in the preparation); a token is checked without password hashing.\n"
                        : "Authentication: HTTP Basic; the server remembers a verified password for 5 minutes, so the"
                                + " requests below do not measure PBKDF2 password hashing.\n");

        if (preparedAt - warmStart > Duration.ofMinutes(4).toNanos()) {
            System.out.println("NOTE: warming took over 4 minutes; the first members' remembered passwords may run out"
                    + " (after 5 minutes) during the run, so some of the requests below may include PBKDF2.\n");
        }
        quiet();
        Run run = fire(crowd, concurrency);
        boolean failures = report(run, concurrency);
        Verdict verdict = cohortCount == 1
                ? verify(cohorts.get(0), capacity, run.results(), true)
                : verifyEach(cohorts, capacity, run);
        System.exit(!verdict.rosterHolds() ? 1 : failures || !verdict.answersAgree() ? 3 : 0);
    }

    /**
     * Waits (at most {@value #QUIET_MAX_SECONDS} s) until the server has used under 5 % of one core in each of two
     * half seconds in a row, so that the rush starts on a quiet server: the warm-up's own work (its members' mails, the
     * compilers) would otherwise still run beside the measured requests. Prints how long it waited.
     */
    static void quiet() throws InterruptedException {
        if (System.getenv("BENCH_SERVER_PID") == null) {
            return;
        }
        long began = System.nanoTime();
        int calm = 0;
        long used = 0;
        while (calm < 2 && System.nanoTime() - began < Duration.ofSeconds(QUIET_MAX_SECONDS).toNanos()) {
            long before = Cpu.server().values().stream().mapToLong(Long::longValue).sum();
            Thread.sleep(500);
            used = Cpu.server().values().stream().mapToLong(Long::longValue).sum() - before;
            calm = used < 25_000_000L ? calm + 1 : 0;
        }
        System.out.printf(
                "Before the gate: %s after %.1f s (the server's processor time in the last half second: %d ms).%n%n",
                calm >= 2 ? "the server was quiet" : "the server was still busy",
                seconds(System.nanoTime() - began),
                used / 1_000_000);
    }

    /** Several cohorts: one line per cohort (its requests' latency, its roster's checks), then the verdict. */
    static Verdict verifyEach(List<Long> cohorts, int capacity, Run run) throws Exception {
        System.out.printf("%nper cohort (latency of its own requests, ms; its roster as staff reads it)%n");
        boolean holds = true;
        boolean agree = true;
        for (long cohortId : cohorts) {
            List<Result> mine = run.results().stream()
                    .filter(r -> r.member().cohortId() == cohortId)
                    .toList();
            long[] nanos = mine.stream().mapToLong(Result::nanos).sorted().toArray();
            System.out.printf(
                    "  cohort %-6d %4d requests, %4d 2xx   p50 %5.0f  p99 %5.0f  max %5.0f   ",
                    cohortId,
                    mine.size(),
                    mine.stream().filter(Result::ok).count(),
                    percentile(nanos, 50),
                    percentile(nanos, 99),
                    nanos[nanos.length - 1] / 1e6);
            Verdict verdict = verify(cohortId, capacity, mine, false);
            holds &= verdict.rosterHolds();
            agree &= verdict.answersAgree();
        }
        System.out.println(
                holds
                        ? "\nAll roster invariants hold in every cohort."
                        : "\nINVARIANT BROKEN in a cohort (see NO above).");
        return new Verdict(holds, agree);
    }

    // --- preparation -------------------------------------------------------------------------------------------

    static long createCohort(int capacity) throws Exception {
        Object series = Json.parse(expect(200, send("GET", "api/v1/series", null, null)));
        Object venues = Json.parse(expect(200, send("GET", "api/v1/venues", null, STAFF)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String body = """
                {"seriesId": %d, "venueId": %d, "title": "Lasttest Anmeldung %s", "capacity": %d, "status": "OPEN",
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s"}""".formatted(
                        id(((List<?>) series).get(0)),
                        id(((List<?>) venues).get(0)),
                        System.currentTimeMillis(),
                        capacity,
                        today.minusDays(1),
                        today.plusDays(30));
        return id(Json.parse(expect(201, send("POST", "api/v1/cohorts", body, STAFF))));
    }

    static Member createMember(int i, long cohortId) throws Exception {
        String email = "bench-member-%04d@example.org".formatted(i + 1);
        String body = """
                {"email": "%s", "name": "Lasttest Mitglied %d", "password": "%s", "roles": ["MEMBER"],\
                 "language": "de"}""".formatted(email, i + 1, MEMBER_PASSWORD);
        HttpResponse<String> answer = send("POST", "api/v1/accounts", body, ADMIN);
        // 503 says "nothing was saved, try again" (a lock wait ran out): ask again, as a client should; counted
        for (int attempt = 1; answer.statusCode() == 503 && attempt < 5; attempt++) {
            ACCOUNTS_ASKED_AGAIN.incrementAndGet();
            Thread.sleep(1_000L * attempt);
            answer = send("POST", "api/v1/accounts", body, ADMIN);
        }
        long id = id(Json.parse(expect(201, answer)));
        return new Member(id, email, basic(email, MEMBER_PASSWORD), cohortId);
    }

    /** Account creations of the preparation answered 503 and sent again (reported: the server's leftover, issue 27). */
    static final java.util.concurrent.atomic.AtomicInteger ACCOUNTS_ASKED_AGAIN =
            new java.util.concurrent.atomic.AtomicInteger();

    /** The member's own API token (created with their password: the one password check of this member). */
    static Member withToken(Member member) throws Exception {
        String body = "{\"name\": \"Lasttest\", \"days\": 1}";
        Object created = Json.parse(expect(201, send("POST", "api/v1/tokens", body, member.auth())));
        return new Member(member.id(), member.email(), "Bearer " + field(created, "token"), member.cohortId());
    }

    static Void warm(Member member) throws Exception {
        expect(200, send("GET", "api/v1/me", null, member.auth()));
        return null;
    }

    /** How many warm-up rushes ran, and the compilers' share of the server's processor time in the last (or -1). */
    record WarmUp(int rounds, double lastCompilerShare) {}

    /**
     * A server that has run a while has compiled its enrolment path; a fresh one has not, and its JIT compilers took
     * as much processor time as the requests in the measured rush. Warm-up rushes of other members, each on a new
     * cohort (so each takes the path of a first enrolment), until the compilers take under {@link
     * #WARM_COMPILER_SHARE} % of the server's processor time in one; at least 3, at most {@link #WARM_ROUNDS}.
     */
    static WarmUp warmUp(List<Member> warmCrowd, int capacity) throws Exception {
        double share = -1;
        int round = 0;
        while (round < WARM_ROUNDS && (round < 3 || share < 0 || share >= WARM_COMPILER_SHARE)) {
            long cohort = createCohort(capacity);
            List<Member> crowd = warmCrowd.stream()
                    .map(m -> new Member(m.id(), m.email(), m.auth(), cohort))
                    .toList();
            Cpu cpu = fire(crowd, crowd.size()).cpu();
            long total = cpu.serverTotal();
            long compilers = cpu.serverNanos().entrySet().stream()
                    .filter(e -> e.getKey().contains("CompilerThre"))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            share = total == 0 ? -1 : 100.0 * compilers / total;
            round++;
            if (System.getenv("BENCH_WARM_TRACE") != null) {
                System.err.printf("warm-up rush %d: compilers %.0f %% of %.2f s%n", round, share, seconds(total));
            }
        }
        return new WarmUp(round, share);
    }

    // --- the measured run --------------------------------------------------------------------------------------

    /**
     * All requests wait behind one gate until as many threads as there are workers stand at it, then go at once;
     * with fewer workers than members, the rest follow as workers come free.
     */
    static Run fire(List<Member> crowd, int concurrency) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        CountDownLatch atTheGate = new CountDownLatch(Math.min(concurrency, crowd.size()));
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Result>> pending = new ArrayList<>();
        for (Member member : crowd) {
            pending.add(workers.submit(() -> {
                atTheGate.countDown();
                gate.await();
                return enrol(member.cohortId(), member);
            }));
        }
        atTheGate.await();
        Map<String, Long> serverCpu = Cpu.server();
        long clientCpu = Cpu.client();
        long start = System.nanoTime();
        gate.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : pending) {
            results.add(f.get());
        }
        long wall = System.nanoTime() - start;
        Cpu used = new Cpu(Cpu.since(serverCpu, Cpu.server()), Cpu.client() - clientCpu);
        workers.shutdown();
        return new Run(results, start, wall, used);
    }

    static Result enrol(long cohortId, Member member) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = send("POST", "api/v1/cohorts/" + cohortId + "/enrolments", "{}", member.auth());
            long end = System.nanoTime();
            return new Result(member, r.statusCode(), end - start, end, r.body(), null);
        } catch (Exception e) {
            long end = System.nanoTime();
            return new Result(member, 0, end - start, end, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    // --- output ------------------------------------------------------------------------------------------------

    /** Prints the figures; true when any request failed. */
    static boolean report(Run run, int concurrency) {
        List<Result> results = run.results();
        long wallNanos = run.wallNanos();
        long[] nanos = results.stream().mapToLong(Result::nanos).sorted().toArray();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, List<Long>> errors = new TreeMap<>();
        for (Result r : results) {
            codes.merge(r.status() == 0 ? "connection error" : String.valueOf(r.status()), 1, Integer::sum);
            if (!r.ok()) {
                String what = r.status() == 0 ? "connection: " + r.error() : r.status() + " " + problem(r.body());
                errors.computeIfAbsent(what, w -> new ArrayList<>()).add(r.nanos());
            }
        }
        System.out.printf("requests       %d%n", results.size());
        System.out.printf("concurrency    %d%n", concurrency);
        System.out.printf("wall time      %.3f s%n", seconds(wallNanos));
        long enrolled = results.stream().filter(Result::ok).count();
        System.out.printf(
                "throughput     %.1f req/s (%.1f enrolments/s answered 2xx)%n",
                results.size() / seconds(wallNanos), enrolled / seconds(wallNanos));
        System.out.printf(
                "latency (ms)   min %.0f   p50 %.0f   p90 %.0f   p99 %.0f   max %.0f%n",
                nanos[0] / 1e6,
                percentile(nanos, 50),
                percentile(nanos, 90),
                percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6);
        // the same from the moment the gate opened: a client thread may start its request late on a busy machine
        long[] sinceGate = results.stream().mapToLong(r -> r.end() - run.start()).sorted().toArray();
        System.out.printf(
                "since the gate p50 %.0f   p90 %.0f   p99 %.0f   max %.0f ms%n",
                percentile(sinceGate, 50),
                percentile(sinceGate, 90),
                percentile(sinceGate, 99),
                sinceGate[sinceGate.length - 1] / 1e6);
        int[] byTenth = new int[10];
        for (Result r : results) byTenth[(int) Math.min(9, (r.end() - run.start()) * 10 / wallNanos)]++;
        System.out.printf(
                "answers        %s per tenth of the wall time (%.2f s each)%n",
                java.util.Arrays.toString(byTenth), seconds(wallNanos) / 10);
        if (!run.cpu().serverNanos().isEmpty()) {
            System.out.printf(
                    "processor      server %.2f s, this client %.2f s, of %.2f s (%d cores × the wall time)%n",
                    seconds(run.cpu().serverTotal()),
                    seconds(run.cpu().clientNanos()),
                    seconds(wallNanos) * Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "  the server's threads: %s%n",
                    run.cpu().serverNanos().entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .limit(8)
                            .map(e -> String.format("%s %.2f s", e.getKey(), seconds(e.getValue())))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        System.out.printf("status codes   %s%n", codes);
        if (errors.isEmpty()) {
            System.out.println("errors         none");
        } else {
            System.out.println("errors");
            errors.forEach((what, times) -> System.out.printf(
                    "  %5d x %s  (answered after %.1f-%.1f s)%n",
                    times.size(),
                    what,
                    seconds(times.stream().min(Long::compare).orElseThrow()),
                    seconds(times.stream().max(Long::compare).orElseThrow())));
        }
        return !errors.isEmpty();
    }

    /** Whether the roster keeps the seat rules, and whether every answer tells the truth about it. */
    record Verdict(boolean rosterHolds, boolean answersAgree) {}

    /**
     * Checks the roster against the seat rules and against the answers the members got; prints each check, or
     * ({@code detailed} false) one summary for the line of the cohort.
     */
    static Verdict verify(long cohortId, int capacity, List<Result> results, boolean detailed) throws Exception {
        Map<?, ?> roster = (Map<?, ?>)
                Json.parse(expect(200, send("GET", "api/v1/cohorts/" + cohortId + "/enrolments", null, STAFF)));
        List<?> seated = (List<?>) roster.get("seated");
        List<?> waiting = (List<?>) roster.get("waiting");
        long confirmed = seated.stream()
                .filter(e -> "CONFIRMED".equals(field(e, "status")))
                .count();
        List<Long> positions =
                waiting.stream().map(e -> number(field(e, "waitlistPosition"))).toList();
        List<Long> oneToN = new ArrayList<>();
        for (long p = 1; p <= waiting.size(); p++) {
            oneToN.add(p);
        }
        Map<Long, Object> byMember = new LinkedHashMap<>();
        int entries = 0;
        for (List<?> part : List.of(seated, waiting, (List<?>) roster.get("requested"))) {
            for (Object e : part) {
                byMember.put(number(field(e, "memberId")), e);
                entries++;
            }
        }

        if (detailed) {
            System.out.printf("%nroster (GET /api/v1/cohorts/%d/enrolments as staff)%n", cohortId);
            System.out.printf(
                    "  confirmed    %d   (capacity %d, seats taken %s)%n",
                    confirmed, capacity, roster.get("seatsTaken"));
            System.out.printf("  waitlisted   %d%n", waiting.size());
            System.out.printf(
                    "  other        %d seated but not confirmed, %d requested, %d ended%n",
                    seated.size() - confirmed,
                    ((List<?>) roster.get("requested")).size(),
                    ((List<?>) roster.get("ended")).size());
        }
        java.util.Set<Long> asked = new java.util.HashSet<>();
        results.forEach(r -> asked.add(r.member().id()));
        Map<String, Boolean> rules = new LinkedHashMap<>();
        rules.put("confirmed <= capacity", seated.size() <= capacity);
        rules.put("waitlist positions are exactly 1..n", positions.equals(oneToN));
        rules.put("no seat left free while someone waits", waiting.isEmpty() || seated.size() == capacity);
        rules.put("no member on the roster twice", entries == byMember.size());
        rules.put("seats taken = seated", number(roster.get("seatsTaken")) == seated.size());
        rules.put("only members who asked for this cohort", asked.containsAll(byMember.keySet()));
        if (detailed) {
            rules.forEach((what, holds) -> System.out.printf("  %-48s %s%n", what, holds ? "yes" : "NO"));
        }

        // every answer against the roster: a 2xx names the member's status and place as they are now (nobody left
        // the cohort, so no position moved); a failed request should have changed nothing
        List<String> disagreements = new ArrayList<>();
        for (Result r : results) {
            Object entry = byMember.get(r.member().id());
            String onRoster = entry == null ? "not on the roster" : describe(entry);
            String answered = r.ok()
                    ? describe(Json.parse(r.body()))
                    : r.status() == 0 ? "connection error" : String.valueOf(r.status());
            if (r.ok() ? !answered.equals(onRoster) : entry != null) {
                disagreements.add(r.member().email() + ": answered " + answered + ", roster says " + onRoster);
            }
        }
        boolean rosterHolds = !rules.containsValue(false);
        if (!detailed) {
            System.out.printf(
                    "%d confirmed, %d waiting; invariants %s; answers agree %s%n",
                    confirmed,
                    waiting.size(),
                    rosterHolds ? "hold" : "BROKEN " + rules,
                    disagreements.isEmpty() ? "yes" : "NO (" + disagreements.size() + ")");
            disagreements.stream().limit(3).forEach(d -> System.out.println("    " + d));
            return new Verdict(rosterHolds, disagreements.isEmpty());
        }
        System.out.printf(
                "  %-48s %s%n",
                "every answer agrees with the roster",
                disagreements.isEmpty() ? "yes" : "NO (" + disagreements.size() + ")");
        disagreements.stream().limit(10).forEach(d -> System.out.println("    " + d));
        if (disagreements.size() > 10) System.out.println("    ...");

        System.out.println(rosterHolds ? "\nAll roster invariants hold." : "\nINVARIANT BROKEN (see NO above).");
        return new Verdict(rosterHolds, disagreements.isEmpty());
    }

    static String describe(Object enrolment) {
        Object position = field(enrolment, "waitlistPosition");
        return field(enrolment, "status") + (position == null ? "" : " #" + position);
    }

    static String problem(String body) {
        try {
            Object p = Json.parse(body);
            return field(p, "title") + (field(p, "detail") == null ? "" : ": " + field(p, "detail"));
        } catch (RuntimeException notJson) {
            return body == null || body.isBlank()
                    ? "(empty body)"
                    : body.strip().replaceAll("\\s+", " ");
        }
    }

    static double percentile(long[] sortedNanos, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
    }

    // --- small helpers -----------------------------------------------------------------------------------------

    static HttpResponse<String> send(String method, String path, String json, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (auth != null) b.header("Authorization", auth);
        if (json != null) b.header("Content-Type", "application/json");
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode()
                    + " (expected " + status + "): " + r.body());
        }
        return r.body();
    }

    /** Runs task(0..n-1) on a few threads; the results in order. Stops the whole program at the first failure. */
    static <T> List<T> parallel(int n, int threads, ThrowingFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit((Callable<T>) () -> task.apply(index)));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : futures) results.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("preparation failed: " + e.getCause());
            System.exit(2);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    interface ThrowingFunction<T> {
        T apply(int i) throws Exception;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long id(Object json) {
        return ((Number) field(json, "id")).longValue();
    }

    static long number(Object json) {
        return ((Number) json).longValue();
    }

    static Object field(Object json, String name) {
        return ((Map<?, ?>) json).get(name);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Just enough JSON for the API's answers: objects, arrays, strings, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.space();
            if (p.i != text.length()) throw p.error();
            return v;
        }

        private Object value() {
            space();
            if (i >= s.length()) throw error();
            char c = s.charAt(i);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (s.startsWith("true", i)) return literal("true", Boolean.TRUE);
            if (s.startsWith("false", i)) return literal("false", Boolean.FALSE);
            if (s.startsWith("null", i)) return literal("null", null);
            return number();
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            space();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            do {
                space();
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
            } while (s.charAt(i++) == ',');
            if (s.charAt(i - 1) != '}') throw error();
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            space();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            do {
                list.add(value());
                space();
            } while (s.charAt(i++) == ',');
            if (s.charAt(i - 1) != ']') throw error();
            return list;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
            return b.toString();
        }

        private Number number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            String n = s.substring(start, i);
            if (n.isEmpty()) throw error();
            return n.matches("-?\\d+") ? (Number) Long.valueOf(n) : Double.valueOf(n);
        }

        private Object literal(String word, Object v) {
            i += word.length();
            return v;
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) throw error();
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private IllegalArgumentException error() {
            return new IllegalArgumentException("not JSON at " + i + ": " + s);
        }
    }
}
