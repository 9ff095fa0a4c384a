import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Warms a server up until its JIT compilers are nearly done: rounds of load, each followed by a look at how much of the
 * server's processor time its compiler threads took in it (from /proc, by the PID bin/bench-pages and
 * bin/bench-enrolment pass in BENCH_SERVER_PID). A two-core machine has one C2 thread; on the application it kept
 * compiling for minutes after the first load, and a member's home rendered at 56 pages/s while it did against 141 once
 * it had finished (issue 27, docs/benchmarks.md). The floor has far less to compile, so a fixed warm-up measured it
 * warm and the application cold. Compiled with the page and enrolment benchmarks by bench/lib.sh ({@code bench_java}).
 */
final class JitQuiet {

    private JitQuiet() {}

    /** Warm enough: the compilers took less than this share of the server's processor time in the last round. */
    static final double QUIET_SHARE = 0.10;

    /**
     * Runs {@code round} at least {@code minRounds} times, then until a round's compiler share is under {@link
     * #QUIET_SHARE}, at most {@code maxRounds} times; prints how long it took. Without a PID only the minimum runs.
     */
    static void warm(String what, int minRounds, int maxRounds, Callable<Double> round) throws Exception {
        long began = System.nanoTime();
        double share = -1;
        int rounds = 0;
        while (rounds < maxRounds && (rounds < minRounds || (share >= QUIET_SHARE))) {
            long[] before = cpu();
            round.call();
            long[] after = cpu();
            rounds++;
            long all = after[0] - before[0];
            share = before[0] < 0 || all <= 0 ? -1 : (double) (after[1] - before[1]) / all;
            if (share < 0 && rounds >= minRounds) {
                break;
            }
        }
        System.out.printf(
                "%s warmed up for %.0f s (%d rounds; the JIT compilers' share of the server's processor time in the"
                        + " last: %s)%n",
                what,
                (System.nanoTime() - began) / 1e9,
                rounds,
                share < 0 ? "unknown" : String.format("%.0f %%", 100 * share));
    }

    /** ", JIT 7 %": the compilers' share of the server's processor time since {@code before} (empty when unknown). */
    static String since(long[] before) {
        long[] now = cpu();
        long all = now[0] - before[0];
        return before[0] < 0 || all <= 0 ? "" : String.format(", JIT %.0f %%", 100.0 * (now[1] - before[1]) / all);
    }

    /** The server's processor time so far, all threads and the compiler threads, in clock ticks; {-1, -1} unknown. */
    static long[] cpu() {
        Map<String, Long> threads = threads();
        if (threads.isEmpty()) {
            return new long[] {-1, -1};
        }
        long all = 0;
        long compilers = 0;
        for (Map.Entry<String, Long> kind : threads.entrySet()) {
            all += kind.getValue();
            if (kind.getKey().startsWith("C# Compiler")) { // C1 and C2
                compilers += kind.getValue();
            }
        }
        return new long[] {all, compilers};
    }

    /**
     * The server's processor time so far per kind of thread, in clock ticks (utime and stime of each thread, 10 ms
     * each): the thread's name with its digits as '#' ("http-thread-poo#", "C# CompilerThre"); empty when unknown.
     */
    static Map<String, Long> threads() {
        Map<String, Long> byKind = new TreeMap<>();
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid == null) {
            return byKind;
        }
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // utime and stime (fields 14 and 15 of stat; 12 and 13 after the name)
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    byKind.merge(name.replaceAll("[0-9]+", "#"), ticks, Long::sum);
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException unknown) {
            byKind.clear();
        }
        return byKind;
    }
}
