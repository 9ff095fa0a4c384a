import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of bench/EnrolmentBenchmark.java after the rush: each cohort's roster as staff reads it, against the seat
 * rules and against the answers the members got.
 */
final class EnrolmentRoster {

    private EnrolmentRoster() {}

    /** Whether the roster keeps the seat rules, and whether every answer tells the truth about it. */
    record Verdict(boolean rosterHolds, boolean answersAgree) {}

    /**
     * Checks the roster against the seat rules and against the answers the members got; prints each check, or
     * ({@code detailed} false) one summary for the line of the cohort.
     */
    static Verdict verify(long cohortId, int capacity, List<EnrolmentRush.Result> results, boolean detailed)
            throws Exception {
        String path = "api/v1/cohorts/" + cohortId + "/enrolments";
        Map<?, ?> roster = (Map<?, ?>) Json.parse(
                EnrolmentApi.expect(200, EnrolmentApi.send("GET", path, null, EnrolmentPreparation.STAFF)));
        List<?> seated = (List<?>) roster.get("seated");
        List<?> waiting = (List<?>) roster.get("waiting");
        long confirmed = seated.stream()
                .filter(e -> "CONFIRMED".equals(Json.field(e, "status")))
                .count();
        List<Long> positions =
                waiting.stream().map(e -> Json.number(Json.field(e, "waitlistPosition"))).toList();
        List<Long> oneToN = new ArrayList<>();
        for (long p = 1; p <= waiting.size(); p++) {
            oneToN.add(p);
        }
        Map<Long, Object> byMember = new LinkedHashMap<>();
        int entries = 0;
        for (List<?> part : List.of(seated, waiting, (List<?>) roster.get("requested"))) {
            for (Object e : part) {
                byMember.put(Json.number(Json.field(e, "memberId")), e);
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
        rules.put("seats taken = seated", Json.number(roster.get("seatsTaken")) == seated.size());
        rules.put("only members who asked for this cohort", asked.containsAll(byMember.keySet()));
        if (detailed) {
            rules.forEach((what, holds) -> System.out.printf("  %-48s %s%n", what, holds ? "yes" : "NO"));
        }

        // every answer against the roster: a 2xx names the member's status and place as they are now (nobody left
        // the cohort, so no position moved); a failed request should have changed nothing
        List<String> disagreements = new ArrayList<>();
        for (EnrolmentRush.Result r : results) {
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

    /** Several cohorts: one line per cohort (its requests' latency, its roster's checks), then the verdict. */
    static Verdict verifyEach(List<Long> cohorts, int capacity, EnrolmentRush.Run run) throws Exception {
        System.out.printf("%nper cohort (latency of its own requests, ms; its roster as staff reads it)%n");
        boolean holds = true;
        boolean agree = true;
        for (long cohortId : cohorts) {
            List<EnrolmentRush.Result> mine = run.results().stream()
                    .filter(r -> r.member().cohortId() == cohortId)
                    .toList();
            long[] nanos = mine.stream().mapToLong(EnrolmentRush.Result::nanos).sorted().toArray();
            System.out.printf(
                    "  cohort %-6d %4d requests, %4d 2xx   p50 %5.0f  p99 %5.0f  max %5.0f   ",
                    cohortId,
                    mine.size(),
                    mine.stream().filter(EnrolmentRush.Result::ok).count(),
                    EnrolmentReport.percentile(nanos, 50),
                    EnrolmentReport.percentile(nanos, 99),
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

    static String describe(Object enrolment) {
        Object position = Json.field(enrolment, "waitlistPosition");
        return Json.field(enrolment, "status") + (position == null ? "" : " #" + position);
    }
}
