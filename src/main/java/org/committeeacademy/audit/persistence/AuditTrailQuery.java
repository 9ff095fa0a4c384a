package org.committeeacademy.audit.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.audit.application.AuditFilter;
import org.committeeacademy.shared.domain.AcademyTime;

/** The WHERE clause and its parameters for a filter over the view audit_trail (t) joined with account (a). */
record AuditTrailQuery(String where, List<Object> parameters) {

    static AuditTrailQuery of(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.action() != null) {
            conditions.add("t.action = ?");
            parameters.add(filter.action().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            conditions.add("(LOWER(a.email) LIKE ? ESCAPE '!' OR LOWER(a.display_name) LIKE ? ESCAPE '!'"
                    + " OR LOWER(t.object_id) LIKE ? ESCAPE '!')");
            parameters.add(like);
            parameters.add(like);
            parameters.add(like);
        }
        if (filter.from() != null) {
            conditions.add("t.occurred_at >= ?");
            parameters.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("t.occurred_at < ?");
            parameters.add(startOf(filter.to().plusDays(1)));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new AuditTrailQuery(where, parameters);
    }

    /** Days as people in the venues' zone mean them. */
    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(AcademyTime.ZONE).toInstant());
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
