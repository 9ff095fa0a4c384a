package org.committeeacademy.council.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;
import org.committeeacademy.committee.persistence.JpaCommitteeRepository;
import org.committeeacademy.council.FakeOParlServer;
import org.committeeacademy.council.FakeOParlServer.Mode;
import org.committeeacademy.council.OParlFixtures;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.council.domain.Organ;
import org.committeeacademy.council.persistence.JpaCouncilRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client, harvester and import against a local OParl server (no test reaches the internet), stored in the
 * test database (Derby, or PostgreSQL when the build names one).
 */
@DatabaseTest
class CouncilHarvestTest {

    private static final OParlLimits LIMITS =
            new OParlLimits(Duration.ofSeconds(5), Duration.ofSeconds(2), 1024 * 1024, 10, 1000, true);
    private static final String COMMITTEE = "Integrationsrat Beispielstadt";

    private FakeOParlServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOParlServer(false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Harvest harvest(Instant since) {
        return new CouncilHarvester(new OParlClient(LIMITS)).harvest(server.bodyUrl(), COMMITTEE, null, null, since);
    }

    @Test
    void aFullSyncThenOnlyTheChangesWithDeletedObjects() {
        try (TestDatabase db = new TestDatabase()) {
            long committee = committee(db);
            Instant first = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            Harvest full = harvest(null);
            assertTrue(full.full());
            assertEquals(0, full.skipped());
            assertTrue(full.committeeOrganization().endsWith("/organization/2"), "matched by name");
            assertTrue(full.councilOrganization().endsWith("/organization/1"), "the council by its classification");
            db.inTransaction(em -> new CouncilImport(new JpaCouncilRepository(em))
                    .apply(committee, full, first, first, first.plusSeconds(3600)));
            assertTrue(server.requests().contains("/oparl/v1/body/1/meetings?page=2"), "followed links.next");

            db.inTransaction(em -> {
                JpaCouncilRepository council = new JpaCouncilRepository(em);
                assertEquals(
                        List.of(
                                "2. Sitzung des Integrationsrates", "3. Sitzung des Integrationsrates",
                                "4. Sitzung des Rates", "5. Sitzung des Rates"),
                        council.meetings(committee).stream()
                                .map(CouncilMeeting::name)
                                .toList(),
                        "the committee's and the council's, not the Hauptausschuss'");
                assertEquals(Organ.COUNCIL, council.meetings(committee).get(3).organ());
                assertEquals(
                        "Rathaus, Ratssaal", council.meetings(committee).get(0).location());
                assertEquals(
                        List.of("Anfrage zu Sprachkursen", OParlFixtures.PAPER_NAME),
                        council.papers(committee).stream()
                                .map(CouncilPaper::name)
                                .sorted()
                                .toList(),
                        "papers consulted by the committee or the council only");
                assertEquals(4, council.organizations(committee).size());
                CouncilSource source = council.source(committee).orElseThrow();
                assertEquals(first, source.modifiedSince());
                assertEquals(4, source.meetingCount());
                assertTrue(source.committeeOrganization().endsWith("/organization/2"), "kept for the next syncs");
            });
            PaperView before = paper(db, committee);
            assertNull(before.consultations().get(1).result(), "no result yet");

            server.requests().clear();
            Harvest changes = harvest(first);
            assertFalse(changes.full());
            assertTrue(
                    server.requests().stream().anyMatch(r -> r.contains("modified_since=")),
                    server.requests().toString());
            Instant second = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            db.inTransaction(em -> new CouncilImport(new JpaCouncilRepository(em))
                    .apply(committee, changes, second, second, second.plusSeconds(3600)));
            db.inTransaction(em -> {
                JpaCouncilRepository council = new JpaCouncilRepository(em);
                List<CouncilMeeting> meetings = council.meetings(committee);
                assertEquals(3, meetings.size(), "the deleted meeting is gone");
                assertTrue(
                        meetings.stream().filter(m -> m.name().startsWith("3.")).allMatch(CouncilMeeting::cancelled));
                assertEquals(1, council.papers(committee).size(), "the deleted paper is gone");
            });
            PaperView after = paper(db, committee);
            assertEquals(OParlFixtures.PAPER_REFERENCE, after.reference());
            assertEquals(
                    OParlFixtures.COMMITTEE_RESULT, after.consultations().get(0).result());
            assertEquals(
                    "3. Sitzung des Integrationsrates",
                    after.consultations().get(0).meeting());
            assertEquals(
                    OParlFixtures.COUNCIL_RESULT, after.consultations().get(1).result());
            assertTrue(after.decided(), "the council decided");
        }
    }

    @Test
    void aSystemThatMisbehavesAbortsTheSyncWithAClearCause() {
        assertCause(Mode.SLOW, "council.error.timeout");
        assertCause(Mode.ERROR, "council.error.status");
        assertCause(Mode.INVALID_JSON, "council.error.invalid");
        assertCause(Mode.ENDLESS, "council.error.tooManyPages");
        assertCause(Mode.HUGE, "council.error.tooLarge");
    }

    private void assertCause(Mode mode, String key) {
        server.mode(mode);
        long started = System.nanoTime();
        CouncilUnavailableException e =
                assertThrows(CouncilUnavailableException.class, () -> harvest(null), mode.name());
        assertEquals(key, e.messageKey(), mode + ": " + e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30, mode + " gave up in time");
    }

    @Test
    void malformedSingleObjectsAreSkippedAndCounted() {
        server.mode(Mode.WRONG_TYPES);
        Harvest harvest = harvest(null);
        assertEquals(3, harvest.skipped());
        assertEquals(
                List.of(OParlFixtures.PAPER_NAME),
                harvest.papers().stream().map(Harvest.Paper::name).toList());
    }

    @Test
    void tooManyObjectsAbort() {
        OParlLimits few = new OParlLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024 * 1024, 10, 5, true);
        CouncilUnavailableException e =
                assertThrows(CouncilUnavailableException.class, () -> new CouncilHarvester(new OParlClient(few))
                        .harvest(server.bodyUrl(), COMMITTEE, null, null, null));
        assertEquals("council.error.tooManyObjects", e.messageKey());
    }

    @Test
    void onlyHttpsToPublicAddressesUnlessLocalIsAllowed() throws Exception {
        OParlLimits strict = new OParlLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), 1024, 10, 10, false);
        CouncilUnavailableException http =
                assertThrows(CouncilUnavailableException.class, () -> new OParlClient(strict).object(server.bodyUrl()));
        assertEquals("council.error.address", http.messageKey());
        assertTrue(server.requests().isEmpty(), "nothing was fetched");
        OParlAddresses addresses = new OParlAddresses(false);
        for (String local : List.of("https://127.0.0.1/oparl", "https://localhost/oparl", "https://[::1]/oparl")) {
            assertThrows(CouncilUnavailableException.class, () -> addresses.check(URI.create(local)), local);
        }
        for (String address : List.of(
                "10.1.2.3",
                "192.168.0.1",
                "172.16.5.5",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "fd00::1",
                "fe80::1",
                "::ffff:10.0.0.1",
                "224.0.0.1")) {
            assertFalse(OParlAddresses.isPublic(InetAddress.getByName(address)), address);
        }
        assertTrue(OParlAddresses.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(OParlAddresses.isPublic(InetAddress.getByName("2a00:1450::1")));
    }

    @Test
    void redirectsAreFollowedAndCheckedLikeTheFirstAddress() {
        OParlClient client = new OParlClient(LIMITS);
        String base = server.base("127.0.0.1");
        assertEquals(base + "/body/1", client.object(base + "/moved").getString("id"));
        CouncilUnavailableException away =
                assertThrows(CouncilUnavailableException.class, () -> client.object(base + "/away"));
        assertEquals("council.error.address", away.messageKey());
    }

    @Test
    void modifiedSinceIsWrittenAsOParlDateTime() {
        assertEquals(
                "https://x.example/papers?page=2&modified_since=2026-12-05T10%3A00%3A00%2B00%3A00",
                OParlClient.withModifiedSince(
                        "https://x.example/papers?page=2", Instant.parse("2026-12-05T10:00:00Z")));
    }

    private PaperView paper(TestDatabase db, long committee) {
        CouncilCalendar calendar = new CouncilCalendar();
        calendar.council = new JpaCouncilRepository(db.entityManager());
        return calendar.paper(committee, server.base("127.0.0.1") + "/paper/30").orElseThrow();
    }

    private static long committee(TestDatabase db) {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Committee c = new JpaCommitteeRepository(em)
                    .add(new Committee(COMMITTEE, "Beispielstadt", "05314000", CommitteeKind.INTEGRATIONSRAT));
            em.flush();
            id[0] = c.id();
        });
        db.inTransaction(em ->
                new JpaCouncilRepository(em).add(new CouncilSource(id[0], "http://127.0.0.1/unused", Instant.EPOCH)));
        return id[0];
    }
}
