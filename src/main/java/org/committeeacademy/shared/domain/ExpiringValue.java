package org.committeeacademy.shared.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value computed at most once per time-to-live, for public read-mostly lists that many people request at once.
 * Thread-safe; a stale value is replaced by the next caller after it expires, or at once after {@link #clear()}.
 */
public final class ExpiringValue<T> {

    private record Entry<T>(T value, Instant expires) {}

    private final Supplier<T> source;
    private final Duration ttl;
    private final Clock clock;
    private volatile Entry<T> entry;

    public ExpiringValue(Supplier<T> source, Duration ttl, Clock clock) {
        this.source = source;
        this.ttl = ttl;
        this.clock = clock;
    }

    public T get() {
        Entry<T> current = entry;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.expires())) {
            current = new Entry<>(source.get(), now.plus(ttl));
            entry = current;
        }
        return current.value();
    }

    public void clear() {
        entry = null;
    }
}
