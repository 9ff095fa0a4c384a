import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The unmeasured preparation of bench/EnrolmentBenchmark.java through the API: OPEN cohorts (as staff), member
 * accounts (as admin), a personal API token per member, and one request per member that has the server verify and
 * remember their password.
 */
final class EnrolmentPreparation {

    private EnrolmentPreparation() {}

    static final String DEMO_PASSWORD = "demo-password-2027";
    static final String MEMBER_PASSWORD = "bench-password-2027";
    static final String ADMIN = EnrolmentApi.basic("admin@example.org", DEMO_PASSWORD);
    static final String STAFF = EnrolmentApi.basic("staff@example.org", DEMO_PASSWORD);
    /** Preparation is CPU-bound on the server (PBKDF2): more parallel requests than this only queue. */
    static final int PREPARE_THREADS = 8;

    /** Account creations of the preparation answered 503 and sent again (reported: the server's leftover, issue 27). */
    static final AtomicInteger ACCOUNTS_ASKED_AGAIN = new AtomicInteger();

    static long createCohort(int capacity) throws Exception {
        Object series = Json.parse(EnrolmentApi.expect(200, EnrolmentApi.send("GET", "api/v1/series", null, null)));
        Object venues = Json.parse(EnrolmentApi.expect(200, EnrolmentApi.send("GET", "api/v1/venues", null, STAFF)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String body = """
                {"seriesId": %d, "venueId": %d, "title": "Lasttest Anmeldung %s", "capacity": %d, "status": "OPEN",
                 "enrolmentOpens": "%s", "enrolmentCloses": "%s"}""".formatted(
                        Json.id(((List<?>) series).get(0)),
                        Json.id(((List<?>) venues).get(0)),
                        System.currentTimeMillis(),
                        capacity,
                        today.minusDays(1),
                        today.plusDays(30));
        return Json.id(Json.parse(EnrolmentApi.expect(201, EnrolmentApi.send("POST", "api/v1/cohorts", body, STAFF))));
    }

    static EnrolmentRush.Member createMember(int i, long cohortId) throws Exception {
        String email = "bench-member-%04d@example.org".formatted(i + 1);
        String body = """
                {"email": "%s", "name": "Lasttest Mitglied %d", "password": "%s", "roles": ["MEMBER"],\
                 "language": "de"}""".formatted(email, i + 1, MEMBER_PASSWORD);
        HttpResponse<String> answer = EnrolmentApi.send("POST", "api/v1/accounts", body, ADMIN);
        // 503 says "nothing was saved, try again" (a lock wait ran out): ask again, as a client should; counted
        for (int attempt = 1; answer.statusCode() == 503 && attempt < 5; attempt++) {
            ACCOUNTS_ASKED_AGAIN.incrementAndGet();
            Thread.sleep(1_000L * attempt);
            answer = EnrolmentApi.send("POST", "api/v1/accounts", body, ADMIN);
        }
        long id = Json.id(Json.parse(EnrolmentApi.expect(201, answer)));
        return new EnrolmentRush.Member(id, email, EnrolmentApi.basic(email, MEMBER_PASSWORD), cohortId);
    }

    /** The member's own API token (created with their password: the one password check of this member). */
    static EnrolmentRush.Member withToken(EnrolmentRush.Member member) throws Exception {
        String body = "{\"name\": \"Lasttest\", \"days\": 1}";
        Object created = Json.parse(
                EnrolmentApi.expect(201, EnrolmentApi.send("POST", "api/v1/tokens", body, member.auth())));
        return new EnrolmentRush.Member(
                member.id(), member.email(), "Bearer " + Json.field(created, "token"), member.cohortId());
    }

    /** GET /api/v1/me as the member: with Basic, the server verifies the password and remembers it for 5 minutes. */
    static Void warm(EnrolmentRush.Member member) throws Exception {
        EnrolmentApi.expect(200, EnrolmentApi.send("GET", "api/v1/me", null, member.auth()));
        return null;
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
}
