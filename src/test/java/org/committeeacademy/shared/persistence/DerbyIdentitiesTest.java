package org.committeeacademy.shared.persistence;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Right after a start, the first inserts into a table may come at the same moment (people signing in, an enrolment
 * rush): none of them waits for a lock or fails. On Derby this needs {@link DerbyIdentities}; without it, most
 * repetitions here failed with "A lock could not be obtained within the time requested".
 */
@DatabaseTest
class DerbyIdentitiesTest {

    @RepeatedTest(5)
    void theFirstInsertsIntoATableAtTheSameMomentAllGoThrough() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<Object>> inserts = IntStream.range(0, 4)
                        .mapToObj(i -> pool.submit(() -> {
                            start.await();
                            db.inTransaction(em -> em.createNativeQuery("INSERT INTO audit_entry (occurred_at, action)"
                                            + " VALUES (CURRENT_TIMESTAMP, 'LOGIN_FAILED')")
                                    .executeUpdate());
                            return null;
                        }))
                        .toList();
                start.countDown();
                for (Future<Object> insert : inserts) {
                    insert.get(60, TimeUnit.SECONDS); // a lock timeout fails the test here
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
