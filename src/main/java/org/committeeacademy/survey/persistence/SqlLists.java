package org.committeeacademy.survey.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Native queries over a set of ids: the "?, ?, ?" of an IN list, its binding, and the rows as arrays. */
final class SqlLists {

    private SqlLists() {}

    static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    static void bind(Query query, int first, Collection<?> values) {
        int i = first;
        for (Object value : values) {
            query.setParameter(i++, value);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
