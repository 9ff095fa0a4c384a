import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The rush of bench/EnrolmentBenchmark.java: one POST /api/v1/cohorts/{id}/enrolments per member, all released by one
 * gate, each timed, with the processor time the server and this client used from the gate to the last answer; and the
 * wait for a quiet server before it.
 */
final class EnrolmentRush {

    private EnrolmentRush() {}

    /** The longest wait for a quiet server before the measured rush. */
    static final int QUIET_MAX_SECONDS = 30;

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
     * Processor time from the gate to the last answer: the server's per kind of thread (from /proc through {@link
     * JitQuiet#threads}, by the PID the script passes in BENCH_SERVER_PID; empty when unknown) and this client's own.
     * Both run on the same cores, so the client's share is time the server did not have.
     */
    record Cpu(Map<String, Long> serverNanos, long clientNanos) {
        long serverTotal() {
            return serverNanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The server's threads by name with the numbers left out ("http-thread-poo#"), in nanoseconds so far. */
        static Map<String, Long> server() {
            Map<String, Long> byKind = new TreeMap<>();
            // clock ticks of 10 ms
            JitQuiet.threads().forEach((kind, ticks) -> byKind.put(kind, ticks * 10_000_000L));
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
                EnrolmentReport.seconds(System.nanoTime() - began),
                used / 1_000_000);
    }

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
            HttpResponse<String> r =
                    EnrolmentApi.send("POST", "api/v1/cohorts/" + cohortId + "/enrolments", "{}", member.auth());
            long end = System.nanoTime();
            return new Result(member, r.statusCode(), end - start, end, r.body(), null);
        } catch (Exception e) {
            long end = System.nanoTime();
            return new Result(member, 0, end - start, end, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
