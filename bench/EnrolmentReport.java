import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the rush of bench/EnrolmentBenchmark.java: throughput, latency percentiles (each request's own, and
 * since the gate opened), how the answers spread over the run, the processor time used, status codes and errors.
 */
final class EnrolmentReport {

    private EnrolmentReport() {}

    /** Prints the figures; true when any request failed. */
    static boolean report(EnrolmentRush.Run run, int concurrency) {
        List<EnrolmentRush.Result> results = run.results();
        long wallNanos = run.wallNanos();
        long[] nanos = results.stream().mapToLong(EnrolmentRush.Result::nanos).sorted().toArray();
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, List<Long>> errors = new TreeMap<>();
        for (EnrolmentRush.Result r : results) {
            codes.merge(r.status() == 0 ? "connection error" : String.valueOf(r.status()), 1, Integer::sum);
            if (!r.ok()) {
                String what = r.status() == 0 ? "connection: " + r.error() : r.status() + " " + problem(r.body());
                errors.computeIfAbsent(what, w -> new ArrayList<>()).add(r.nanos());
            }
        }
        System.out.printf("requests       %d%n", results.size());
        System.out.printf("concurrency    %d%n", concurrency);
        System.out.printf("wall time      %.3f s%n", seconds(wallNanos));
        long enrolled = results.stream().filter(EnrolmentRush.Result::ok).count();
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
        for (EnrolmentRush.Result r : results) byTenth[(int) Math.min(9, (r.end() - run.start()) * 10 / wallNanos)]++;
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

    static String problem(String body) {
        try {
            Object p = Json.parse(body);
            return Json.field(p, "title") + (Json.field(p, "detail") == null ? "" : ": " + Json.field(p, "detail"));
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

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
