package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.committeeacademy.shared.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: two instances of a cluster share one sign-in throttle and one limit on the public forms. Two real Hazelcast
 * members (the library Payara Micro ships) joined over TCP on this machine stand for the two instances; each throttle
 * works on its own member's maps, as SharedMaps gives them in a cluster.
 */
class ThrottleAcrossClusterTest {

    private static final String ADMIN = "admin@example.org";
    private static final String ATTACKER = "203.0.113.9";

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));

    @BeforeAll
    static void startTwoMembers() {
        String cluster = "throttle-test-" + UUID.randomUUID();
        int port = freePort();
        first = Hazelcast.newHazelcastInstance(member(cluster, port));
        second = Hazelcast.newHazelcastInstance(member(cluster, port));
        assertEquals(2, first.getCluster().getMembers().size(), "the two members formed one cluster");
    }

    @AfterAll
    static void stopMembers() {
        if (second != null) {
            second.shutdown();
        }
        if (first != null) {
            first.shutdown();
        }
    }

    @Test
    void failuresOnOneInstanceCountOnTheOther() {
        SignInThrottle onFirst = new SignInThrottle(rules(), clock, first::getMap);
        SignInThrottle onSecond = new SignInThrottle(rules(), clock, second::getMap);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? onFirst : onSecond).failed(ADMIN, ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), onFirst.waitBefore(ADMIN, ATTACKER));
        assertEquals(Optional.of(Duration.ofSeconds(1)), onSecond.waitBefore(ADMIN, ATTACKER));

        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(2));
            (i % 2 == 0 ? onSecond : onFirst).failed(ADMIN, ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), onFirst.waitBefore(ADMIN, ATTACKER), "blocked everywhere");
        assertTrue(onSecond.isThrottled(ADMIN), "the other instance's admin page sees the block");

        onSecond.unlock(ADMIN);
        assertTrue(onFirst.waitBefore(ADMIN, ATTACKER).isEmpty(), "an unlock on one instance counts on all");
        assertFalse(onFirst.isThrottled(ADMIN));
    }

    @Test
    void aSuccessfulSignInOnOneInstanceIsTrustedOnTheOther() {
        SignInThrottle onFirst = new SignInThrottle(rules(), clock, first::getMap);
        SignInThrottle onSecond = new SignInThrottle(rules(), clock, second::getMap);
        String office = "198.51.100.7";
        onFirst.succeeded("trusted@example.org", office);
        for (int i = 0; i < 40; i++) {
            onSecond.failed("other" + i + "@example.org", office);
        }
        assertTrue(
                onSecond.waitBefore("trusted@example.org", office).isEmpty(),
                "the office keeps signing in to the account it used before");
        assertTrue(onFirst.waitBefore("new@example.org", office).isPresent(), "spraying is slowed on both");
    }

    @Test
    void theFormLimitsAreOneLimitForTheCluster() {
        LoginThrottle onFirst =
                new LoginThrottle(3, Duration.ofHours(1), Duration.ofHours(1), clock, first.getMap("l"));
        LoginThrottle onSecond =
                new LoginThrottle(3, Duration.ofHours(1), Duration.ofHours(1), clock, second.getMap("l"));
        onFirst.recordFailure("reset:someone@example.org");
        onSecond.recordFailure("reset:someone@example.org");
        assertFalse(onFirst.isLocked("reset:someone@example.org"));
        onSecond.recordFailure("reset:someone@example.org");
        assertTrue(onFirst.isLocked("reset:someone@example.org"), "three requests across two instances are the limit");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Config member(String cluster, int port) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(true).setPortCount(20);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int p = port; p < port + 20; p++) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + p);
        }
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        return config;
    }

    private static SignInThrottle.Rules rules() {
        return new SignInThrottle.Rules(
                Duration.ofMinutes(15),
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                10,
                Duration.ofMinutes(15),
                50,
                Duration.ofSeconds(30),
                30,
                5);
    }
}
