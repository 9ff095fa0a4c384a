import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The warm-up of bench/EnrolmentBenchmark.java. A server that has run a while has compiled its enrolment path; a fresh
 * one has not. On two cores the one C2 compiler thread kept compiling for minutes after the first load and took a
 * third of the server's processor time in the measured rush (p99 near 1 s). So other members rush cohorts of their
 * own, unmeasured, in rounds ({@link JitQuiet#warm}) until the JIT compilers take under 10 % of the server's processor
 * time in a round. The measured cohorts and members take no part in it.
 */
final class EnrolmentWarmUp {

    private EnrolmentWarmUp() {}

    /** The warm-up crowd: a tenth of the members, at least 10, at most this many. */
    static final int MEMBERS = 50;
    /** A round: rushes one after the other for at least this long. */
    static final int ROUND_SECONDS = 10;
    /** A round: at least this many rushes. */
    static final int ROUND_RUSHES = 3;
    static final int MIN_ROUNDS = 3;
    /** At most 3 minutes of rounds, so that bin/bench-enrolment 500 8 500 stays within about 6 minutes. */
    static final int MAX_ROUNDS = 18;

    /** How many members warm up for a rush of {@code members}. */
    static int members(int members) {
        return Math.min(MEMBERS, Math.max(10, members / 10));
    }

    /**
     * Warms the server up with the warm-up crowd's members (made for it, not the measured ones); prints how long it
     * took ({@link JitQuiet#warm}). Each round sends GET /api/v1/me as each of them (with Basic, the server verifies
     * the password again once it has forgotten it, so the rushes take the path of a remembered password, as the
     * measured one does), then lets all of them rush a cohort of the given capacity, a new one each time (so each rush
     * takes the path of a first enrolment and leaves the measured cohorts as they are), at least {@value
     * #ROUND_RUSHES} times and for at least {@value #ROUND_SECONDS} s. BENCH_WARM_TRACE=1 prints each round.
     *
     * @return the number of rushes
     */
    static int warmUp(List<EnrolmentRush.Member> warmCrowd, int capacity) throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger rushes = new AtomicInteger();
        String what = ("The server (rushes of %d other members, each on a new cohort of its own, in rounds of at"
                        + " least %d s; unmeasured)")
                .formatted(warmCrowd.size(), ROUND_SECONDS);
        JitQuiet.warm(what, MIN_ROUNDS, MAX_ROUNDS, () -> {
            long began = System.nanoTime();
            long[] cpu = JitQuiet.cpu();
            int threads = EnrolmentPreparation.PREPARE_THREADS;
            EnrolmentPreparation.parallel(warmCrowd.size(), threads, i -> EnrolmentPreparation.warm(warmCrowd.get(i)));
            int rushed = 0;
            while (rushed < ROUND_RUSHES || System.nanoTime() - began < Duration.ofSeconds(ROUND_SECONDS).toNanos()) {
                long cohort = EnrolmentPreparation.createCohort(capacity);
                List<EnrolmentRush.Member> crowd = warmCrowd.stream()
                        .map(m -> new EnrolmentRush.Member(m.id(), m.email(), m.auth(), cohort))
                        .toList();
                EnrolmentRush.fire(crowd, crowd.size());
                rushed++;
            }
            rushes.addAndGet(rushed);
            double seconds = EnrolmentReport.seconds(System.nanoTime() - began);
            if (System.getenv("BENCH_WARM_TRACE") != null) {
                System.err.printf(
                        "warm-up round %d: %d rushes in %.1f s%s%n", rounds.incrementAndGet(), rushed, seconds,
                        JitQuiet.since(cpu));
            }
            return seconds;
        });
        return rushes.get();
    }
}
