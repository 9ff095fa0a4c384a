package org.committeeacademy.shared.domain;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One page of a longer list as a repository reads it (a window of rows in a stable order and a count of them all),
 * so a list that can grow large is paged in the database instead of in memory. It is a {@link List} of its items,
 * so an API resource still declares and answers a JSON array; {@code shared.rest.ListPages} takes {@link #total()}
 * for {@code X-Total-Count} and the {@code Link} headers and does not cut it again.
 */
public final class Page<T> extends AbstractList<T> implements RandomAccess {

    private final long total;
    private final List<T> items;

    /** A count read a moment before its rows may be short of them (rows added meanwhile): then it counts them. */
    public Page(long total, List<T> items) {
        this.total = Math.max(total, items.size());
        this.items = List.copyOf(items);
    }

    /** How many entries the whole list has. */
    public long total() {
        return total;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
