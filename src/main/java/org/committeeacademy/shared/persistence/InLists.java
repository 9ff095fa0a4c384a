package org.committeeacademy.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Lists for {@code IN :ids} parameters, padded to a few sizes. The database compiles each distinct statement text, and
 * a list of n values is a text of its own: the groups of an enrolment rush (1 to 64 members) made Derby compile a new
 * statement, and the JVM a new class, for nearly every group, under the cohort's lock, and pushed other statements out
 * of Derby's cache of 100. Padded to the next power of two (the last value repeated, which changes no result), a
 * query has at most eight texts up to 128 values; beyond {@value #STEP}, lists grow in steps of {@value #STEP}, which
 * keeps them well within PostgreSQL's limit of 32,767 parameters a statement.
 */
public final class InLists {

    static final int STEP = 1024;

    private InLists() {}

    public static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            return list;
        }
        int size = list.size() > STEP
                ? (list.size() + STEP - 1) / STEP * STEP
                : Integer.highestOneBit(list.size() - 1) << 1;
        T last = list.get(list.size() - 1);
        while (list.size() < Math.max(1, size)) {
            list.add(last);
        }
        return list;
    }
}
