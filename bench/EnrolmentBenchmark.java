import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrolment under load: N members enrol in one cohort (or spread over several cohorts, member i in cohort i mod
 * COHORTS) at the same moment over HTTP, authenticated with HTTP Basic or with a personal API token each (Bearer).
 * Run by bin/bench-enrolment against a freshly started application with demo data, compiled by bench/lib.sh's {@code
 * bench_java} with its parts: {@link EnrolmentPreparation} (accounts, cohorts, tokens), {@link EnrolmentWarmUp} (until
 * the JIT compilers are nearly done, {@link JitQuiet}), {@link EnrolmentRush} (the measured requests, the gate, the
 * processor time), {@link EnrolmentReport} (the figures), {@link EnrolmentRoster} (the checks of the roster), {@link
 * EnrolmentApi} and {@link Json}.
 *
 * <pre>EnrolmentBenchmark BASE_URL MEMBERS CAPACITY CONCURRENCY [COHORTS=1] [basic|bearer]</pre>
 *
 * Exit status: 0 all well, 1 an invariant of the roster is broken, 3 the roster is consistent but some enrolment
 * requests failed or an answer disagrees with the roster, 2 the preparation failed (nothing measured).
 */
public class EnrolmentBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6 || (args.length == 6 && !args[5].matches("basic|bearer"))) {
            System.err.println(
                    "usage: EnrolmentBenchmark BASE_URL MEMBERS CAPACITY CONCURRENCY [COHORTS] [basic|bearer]");
            System.exit(2);
        }
        EnrolmentApi.base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        int members = Integer.parseInt(args[1]);
        int capacity = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        int cohortCount = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        boolean bearer = args.length > 5 && args[5].equals("bearer");
        int threads = EnrolmentPreparation.PREPARE_THREADS;

        long prepareStart = System.nanoTime();
        List<Long> cohorts = new ArrayList<>();
        for (int c = 0; c < cohortCount; c++) {
            cohorts.add(EnrolmentPreparation.createCohort(capacity));
        }
        List<EnrolmentRush.Member> accounts = EnrolmentPreparation.parallel(
                members, threads, i -> EnrolmentPreparation.createMember(i, cohorts.get(i % cohortCount)));
        List<EnrolmentRush.Member> crowd = bearer
                ? EnrolmentPreparation.parallel(members, threads, i -> EnrolmentPreparation.withToken(accounts.get(i)))
                : accounts;
        // the warm-up's own members; they never enrol in the measured cohorts
        int warmups = EnrolmentWarmUp.members(members);
        List<EnrolmentRush.Member> warmAccounts = EnrolmentPreparation.parallel(
                warmups, threads, i -> EnrolmentPreparation.createMember(members + i, cohorts.get(0)));
        List<EnrolmentRush.Member> warmCrowd = bearer
                ? EnrolmentPreparation.parallel(
                        warmups, threads, i -> EnrolmentPreparation.withToken(warmAccounts.get(i)))
                : warmAccounts;
        int rushes = EnrolmentWarmUp.warmUp(warmCrowd, capacity);
        // after the warm-up, however long it took: the server remembers a verified password for 5 minutes only
        long warmStart = System.nanoTime();
        EnrolmentPreparation.parallel(members, threads, i -> EnrolmentPreparation.warm(crowd.get(i)));
        long preparedAt = System.nanoTime();
        System.out.printf(
                "Prepared in %.1f s: %d cohort(s) %s (capacity %d each, OPEN), %d member accounts (member i enrols in"
                        + " cohort i mod %d), the warm-up above (%d rushes of %d other members), then each member's"
                        + " credentials warmed once with GET /api/v1/me (%.1f s).%n",
                EnrolmentReport.seconds(preparedAt - prepareStart),
                cohortCount,
                cohorts.size() <= 3 ? cohorts : cohorts.get(0) + ".." + cohorts.get(cohorts.size() - 1),
                capacity,
                members,
                cohortCount,
                rushes,
                warmups,
                EnrolmentReport.seconds(preparedAt - warmStart));
        if (EnrolmentPreparation.ACCOUNTS_ASKED_AGAIN.get() > 0) {
            System.out.printf(
                    "Preparation: %d account creation(s) answered 503 'try again' and sent again.%n",
                    EnrolmentPreparation.ACCOUNTS_ASKED_AGAIN.get());
        }
        System.out.println(
                bearer
                        ? "Authentication: Authorization: Bearer, one personal API token per member (POST"
                                + " /api/v1/tokens in the preparation); a token is checked without password hashing.\n"
                        : "Authentication: HTTP Basic; the server remembers a verified password for 5 minutes, so the"
                                + " requests below do not measure PBKDF2 password hashing.\n");

        if (preparedAt - warmStart > Duration.ofMinutes(4).toNanos()) {
            System.out.println("NOTE: warming took over 4 minutes; the first members' remembered passwords may run out"
                    + " (after 5 minutes) during the run, so some of the requests below may include PBKDF2.\n");
        }
        EnrolmentRush.quiet();
        EnrolmentRush.Run run = EnrolmentRush.fire(crowd, concurrency);
        boolean failures = EnrolmentReport.report(run, concurrency);
        EnrolmentRoster.Verdict verdict = cohortCount == 1
                ? EnrolmentRoster.verify(cohorts.get(0), capacity, run.results(), true)
                : EnrolmentRoster.verifyEach(cohorts, capacity, run);
        System.exit(!verdict.rosterHolds() ? 1 : failures || !verdict.answersAgree() ? 3 : 0);
    }
}
