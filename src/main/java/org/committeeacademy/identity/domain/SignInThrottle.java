package org.committeeacademy.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock another person out. Failures count per account and client
 * address together: after a few, each further try must wait longer (doubling), and then that client is blocked for that
 * account only; the same account from another client is unaffected. Across all clients, an account under attack lets
 * clients that never signed in to it successfully try only once per interval (a brake on distributed guessing, never a
 * lock). A client failing on many accounts (password spraying) gets growing delays too, except on the accounts it
 * signed in to before (an office behind one address keeps working). Unknown addresses are hashed
 * only at a global rate, so a flood of them cannot use up the processor. Addresses count whether an account exists or
 * not, so the answers never tell. Kept in memory: the application runs as one process per database.
 */
public class SignInThrottle {

    /** The numbers, all configurable (docs/configuration.md). */
    public record Rules(
            Duration window,
            int freeFailures,
            Duration firstDelay,
            Duration maxDelay,
            int blockAfter,
            Duration block,
            int accountBrakeAfter,
            Duration accountBrakeInterval,
            int clientFreeFailures,
            int unknownPerSecond) {}

    private static final int MAX_TRACKED = 100_000;
    private static final Duration TRUST = Duration.ofDays(30);

    private record Tally(int failures, Instant first, Instant last, Instant blockedUntil) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }
    }

    private final Map<String, Tally> pairs = new ConcurrentHashMap<>();
    private final Map<String, Tally> accounts = new ConcurrentHashMap<>();
    private final Map<String, Tally> clients = new ConcurrentHashMap<>();
    private final Map<String, Instant> trusted = new ConcurrentHashMap<>();
    private final Rules rules;
    private final Clock clock;
    private double unknownTokens;
    private Instant unknownRefilled;

    public SignInThrottle(Rules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.unknownTokens = burst();
        this.unknownRefilled = clock.instant();
    }

    public Rules rules() {
        return rules;
    }

    /** How long this client must wait before it may try this address again; empty when it may try now. */
    public Optional<Duration> waitBefore(String email, String client) {
        Instant now = clock.instant();
        Instant allowedAt = now;
        Tally pair = current(pairs.get(key(email, client)), now);
        if (pair != null && pair.blockedAt(now)) {
            return Optional.of(Duration.between(now, pair.blockedUntil()));
        }
        if (pair != null && pair.failures() >= rules.freeFailures()) {
            allowedAt = later(allowedAt, pair.last().plus(delay(pair.failures() - rules.freeFailures() + 1)));
        }
        Tally account = current(accounts.get(email), now);
        if (pair != null
                && account != null
                && account.failures() >= rules.accountBrakeAfter()
                && !isTrusted(email, client, now)) {
            allowedAt = later(allowedAt, pair.last().plus(rules.accountBrakeInterval()));
        }
        Tally spraying = current(clients.get(client), now);
        if (spraying != null && spraying.failures() >= rules.clientFreeFailures() && !isTrusted(email, client, now)) {
            allowedAt =
                    later(allowedAt, spraying.last().plus(delay(spraying.failures() - rules.clientFreeFailures() + 1)));
        }
        return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    public void failed(String email, String client) {
        Instant now = clock.instant();
        if (pairs.size() >= MAX_TRACKED || clients.size() >= MAX_TRACKED) {
            forgetExpired(now);
        }
        pairs.compute(key(email, client), (k, previous) -> {
            Tally next = count(current(previous, now), now);
            return next.failures() >= rules.blockAfter()
                    ? new Tally(next.failures(), next.first(), now, now.plus(rules.block()))
                    : next;
        });
        accounts.compute(email, (k, previous) -> count(current(previous, now), now));
        clients.compute(client, (k, previous) -> count(current(previous, now), now));
    }

    /** A right password: this client's failures on this account are forgotten and the client is trusted for it. */
    public void succeeded(String email, String client) {
        pairs.remove(key(email, client));
        if (trusted.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            trusted.values().removeIf(since -> !now.isBefore(since.plus(TRUST)));
        }
        trusted.put(key(email, client), clock.instant());
    }

    /** The administrator lifts every block and delay on an address. */
    public void unlock(String email) {
        pairs.keySet().removeIf(k -> k.startsWith(email + "\n"));
        accounts.remove(email);
    }

    /** Whether some client is blocked for the address or the account brake is on. */
    public boolean isThrottled(String email) {
        Instant now = clock.instant();
        Tally account = current(accounts.get(email), now);
        return (account != null && account.failures() >= rules.accountBrakeAfter())
                || pairs.entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith(email + "\n")
                                && e.getValue().blockedAt(now));
    }

    /** Whether an unknown address may be hashed now (a token bucket over all clients). */
    public synchronized boolean mayHashUnknown() {
        Instant now = clock.instant();
        double seconds = Duration.between(unknownRefilled, now).toNanos() / 1e9;
        unknownTokens = Math.min(burst(), unknownTokens + Math.max(0, seconds) * rules.unknownPerSecond());
        unknownRefilled = now;
        if (unknownTokens >= 1) {
            unknownTokens -= 1;
            return true;
        }
        return false;
    }

    Duration delay(int step) {
        Duration delay = rules.firstDelay().multipliedBy(1L << Math.min(20, step - 1));
        return delay.compareTo(rules.maxDelay()) > 0 ? rules.maxDelay() : delay;
    }

    private double burst() {
        return Math.max(1, rules.unknownPerSecond() * 2.0);
    }

    private boolean isTrusted(String email, String client, Instant now) {
        Instant since = trusted.get(key(email, client));
        return since != null && now.isBefore(since.plus(TRUST));
    }

    /** A tally counts within the window after its first failure; a block outlives it. */
    private Tally current(Tally tally, Instant now) {
        if (tally == null || tally.blockedAt(now)) {
            return tally;
        }
        return now.isBefore(tally.first().plus(rules.window())) ? tally : null;
    }

    private static Tally count(Tally previous, Instant now) {
        return previous == null
                ? new Tally(1, now, now, null)
                : new Tally(previous.failures() + 1, previous.first(), now, previous.blockedUntil());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String email, String client) {
        return email + "\n" + client;
    }

    private void forgetExpired(Instant now) {
        pairs.values().removeIf(t -> current(t, now) == null);
        accounts.values().removeIf(t -> current(t, now) == null);
        clients.values().removeIf(t -> current(t, now) == null);
    }
}
