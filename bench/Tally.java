import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One page's answers in a run of bench/PageBenchmark.java: latencies, errors, timeouts, SQL statements per page. */
final class Tally {
    final List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger timeouts = new AtomicInteger();
    final AtomicLong statements = new AtomicLong();
    final AtomicLong counted = new AtomicLong();

    void add(boolean ok, long took, String statementHeader) {
        if (!ok) {
            errors.incrementAndGet();
            return;
        }
        nanos.add(took);
        if (statementHeader != null) {
            statements.addAndGet(Long.parseLong(statementHeader.strip()));
            counted.incrementAndGet();
        }
    }

    void addAll(Tally other) {
        nanos.addAll(other.nanos);
        errors.addAndGet(other.errors.get());
        timeouts.addAndGet(other.timeouts.get());
    }

    long count() {
        return nanos.size();
    }

    long failed() {
        return errors.get() + timeouts.get();
    }

    String line(double wall) {
        long[] sorted;
        synchronized (nanos) {
            sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        String sql = counted.get() == 0 ? "" : "  SQL statements/page %.1f".formatted(statements.get() / (double) counted.get());
        return "%7.1f pages/s  p50 %5d  p95 %5d  p99 %5d ms  errors %d  timeouts %d%s".formatted(
                sorted.length / wall, BenchHttp.pct(sorted, 50), BenchHttp.pct(sorted, 95), BenchHttp.pct(sorted, 99),
                errors.get(), timeouts.get(), sql);
    }
}
