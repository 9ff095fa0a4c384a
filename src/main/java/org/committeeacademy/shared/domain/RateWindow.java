package org.committeeacademy.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code max} events per key within a sliding window, in memory (one server; a restart forgets). Used as a
 * brake against mail floods, e.g. confirmation mails of the interest list per address and per client. The number of
 * keys is bounded, so that a flood of new keys cannot fill the memory: when full, unknown keys are refused.
 */
public final class RateWindow {

    static final int MAX_KEYS = 10_000;

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new HashMap<>();

    public RateWindow(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** Records the event and answers true, or answers false (nothing recorded) when the key used up its window. */
    public synchronized boolean tryAcquire(String key, Instant now) {
        if (events.size() >= MAX_KEYS && !events.containsKey(key)) {
            events.values().removeIf(times -> {
                forget(times, now);
                return times.isEmpty();
            });
            if (events.size() >= MAX_KEYS) {
                return false;
            }
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        forget(times, now);
        if (times.size() >= max) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private void forget(Deque<Instant> times, Instant now) {
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
    }
}
