package org.committeeacademy.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Slows password guessing without letting anyone lock another person out. Failures count per account and client
 * address together: after a few, each further try must wait longer (doubling), and then that client is blocked for that
 * account only; the same account from another client is unaffected. Across all clients, an account under attack lets
 * clients that never signed in to it successfully try only once per interval (a brake on distributed guessing, never a
 * lock). A client failing on many accounts (password spraying) gets growing delays too, except on the accounts it
 * signed in to before (an office behind one address keeps working). Unknown addresses are hashed
 * only at a global rate, so a flood of them cannot use up the processor. Addresses count whether an account exists or
 * not, so the answers never tell. The tallies live in maps of strings given by the caller: this process's memory for one
 * instance, the cluster's shared maps for several, so N instances do not allow N times the limit. Only the budget for
 * unknown addresses stays per instance: it protects this instance's processor.
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

        String encoded() {
            return failures + " " + first + " " + last + " " + (blockedUntil == null ? "-" : blockedUntil);
        }

        static Tally decoded(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(" ");
            return new Tally(
                    Integer.parseInt(parts[0]),
                    Instant.parse(parts[1]),
                    Instant.parse(parts[2]),
                    "-".equals(parts[3]) ? null : Instant.parse(parts[3]));
        }
    }

    private final ConcurrentMap<String, String> pairs;
    private final ConcurrentMap<String, String> accounts;
    private final ConcurrentMap<String, String> clients;
    private final ConcurrentMap<String, String> trusted;
    private final ConcurrentMap<String, String> blocked;
    private final Rules rules;
    private final Clock clock;
    private double unknownTokens;
    private Instant unknownRefilled;

    /** A throttle for one process. */
    public SignInThrottle(Rules rules, Clock clock) {
        this(rules, clock, name -> new ConcurrentHashMap<>());
    }

    /** A throttle whose tallies live in the maps {@code maps} gives by name (shared ones in a cluster). */
    public SignInThrottle(Rules rules, Clock clock, Function<String, ConcurrentMap<String, String>> maps) {
        this.pairs = maps.apply("signin.pairs");
        this.accounts = maps.apply("signin.accounts");
        this.clients = maps.apply("signin.clients");
        this.trusted = maps.apply("signin.trusted");
        this.blocked = maps.apply("signin.blocked");
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
        Tally pair = current(Tally.decoded(pairs.get(key(email, client))), now);
        if (pair != null && pair.blockedAt(now)) {
            return Optional.of(Duration.between(now, pair.blockedUntil()));
        }
        if (pair != null && pair.failures() >= rules.freeFailures()) {
            allowedAt = later(allowedAt, pair.last().plus(delay(pair.failures() - rules.freeFailures() + 1)));
        }
        Tally account = current(Tally.decoded(accounts.get(email)), now);
        if (pair != null
                && account != null
                && account.failures() >= rules.accountBrakeAfter()
                && !isTrusted(email, client, now)) {
            allowedAt = later(allowedAt, pair.last().plus(rules.accountBrakeInterval()));
        }
        Tally spraying = current(Tally.decoded(clients.get(client)), now);
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
        Tally pair = Tally.decoded(pairs.compute(key(email, client), (k, previous) -> {
            Tally next = count(current(Tally.decoded(previous), now), now);
            return (next.failures() >= rules.blockAfter()
                            ? new Tally(next.failures(), next.first(), now, now.plus(rules.block()))
                            : next)
                    .encoded();
        }));
        if (pair.blockedAt(now)) {
            blocked.put(email, pair.blockedUntil().toString());
        }
        accounts.compute(email, (k, previous) -> count(current(Tally.decoded(previous), now), now)
                .encoded());
        clients.compute(client, (k, previous) -> count(current(Tally.decoded(previous), now), now)
                .encoded());
    }

    /** A right password: this client's failures on this account are forgotten and the client is trusted for it. */
    public void succeeded(String email, String client) {
        pairs.remove(key(email, client));
        if (trusted.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            removeWhere(
                    trusted, (k, since) -> !now.isBefore(Instant.parse(since).plus(TRUST)));
        }
        trusted.put(key(email, client), clock.instant().toString());
    }

    /** The administrator lifts every block and delay on an address. */
    public void unlock(String email) {
        removeWhere(pairs, (k, v) -> k.startsWith(email + "\n"));
        accounts.remove(email);
        blocked.remove(email);
    }

    /** Whether some client is blocked for the address or the account brake is on. */
    public boolean isThrottled(String email) {
        Instant now = clock.instant();
        Tally account = current(Tally.decoded(accounts.get(email)), now);
        String blockedUntil = blocked.get(email);
        return (account != null && account.failures() >= rules.accountBrakeAfter())
                || (blockedUntil != null && now.isBefore(Instant.parse(blockedUntil)));
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
        String since = trusted.get(key(email, client));
        return since != null && now.isBefore(Instant.parse(since).plus(TRUST));
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
        for (Map<String, String> tallies : List.of(pairs, accounts, clients)) {
            removeWhere(tallies, (k, t) -> current(Tally.decoded(t), now) == null);
        }
        removeWhere(blocked, (k, until) -> !now.isBefore(Instant.parse(until)));
    }

    /** Removes matching entries one by one: a cluster's maps hand out copies of their key and value sets. */
    private static void removeWhere(Map<String, String> map, BiPredicate<String, String> matches) {
        for (Map.Entry<String, String> entry : new ArrayList<>(map.entrySet())) {
            if (matches.test(entry.getKey(), entry.getValue())) {
                map.remove(entry.getKey(), entry.getValue());
            }
        }
    }
}
