package org.committeeacademy.worksheet.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.shared.persistence.SqlText;

/**
 * The queries behind the worksheet feature's part of a person's data export and erasure. Answers and comments come
 * as the JSON text they are stored as.
 */
@ApplicationScoped
public class JpaWorksheetPersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaWorksheetPersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaWorksheetPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Sheet> worksheetsOf(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT w.id, c.title, w.module_key, w.template_key, w.status, w.answers"
                        + " FROM worksheet w JOIN cohort c ON c.id = w.cohort_id WHERE w.member_id = ? ORDER BY w.id")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Sheet(
                        ((Number) r[0]).longValue(),
                        String.valueOf(r[1]),
                        String.valueOf(r[2]),
                        String.valueOf(r[3]),
                        String.valueOf(r[4]).strip(),
                        SqlText.of(r[5])))
                .toList();
    }

    /** Every version submitted of the worksheet, first to last. */
    public List<Version> versionsOf(long worksheetId) {
        List<?> rows = em.createNativeQuery("SELECT version_no, submitted_at, answers, decision, comments, reviewed_at"
                        + " FROM worksheet_version WHERE worksheet_id = ? ORDER BY version_no")
                .setParameter(1, worksheetId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Version(
                        ((Number) r[0]).intValue(),
                        ((Timestamp) r[1]).toInstant(),
                        SqlText.of(r[2]),
                        r[3] == null ? null : String.valueOf(r[3]).strip(),
                        SqlText.of(r[4]),
                        r[5] == null ? null : ((Timestamp) r[5]).toInstant()))
                .toList();
    }

    /** Empties the answers of the member's worksheets and of all their versions, and the reviewers' comments. */
    public void emptyWorksheetsOf(long memberId) {
        em.createNativeQuery("UPDATE worksheet_version SET answers = '{}', comments = NULL, reviewer_name = NULL"
                        + " WHERE worksheet_id IN (SELECT id FROM worksheet WHERE member_id = ?)")
                .setParameter(1, memberId)
                .executeUpdate();
        em.createNativeQuery("UPDATE worksheet SET answers = '{}' WHERE member_id = ?")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    public record Sheet(long id, String cohort, String module, String template, String status, String answers) {}

    /** A submitted version; decision, comments and reviewedAt are null until a trainer reviewed it. */
    public record Version(
            int number, Instant submittedAt, String answers, String decision, String comments, Instant reviewedAt) {}
}
