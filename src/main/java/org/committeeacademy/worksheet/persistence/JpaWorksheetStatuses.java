package org.committeeacademy.worksheet.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The status of each worksheet a member has in a cohort, for the progress rules. */
@ApplicationScoped
public class JpaWorksheetStatuses {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaWorksheetStatuses() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaWorksheetStatuses(EntityManager em) {
        this.em = em;
    }

    /** One entry per worksheet: a module with several worksheets appears several times. */
    public List<ModuleStatus> of(long memberId, long cohortId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT module_key, status FROM worksheet WHERE member_id = ? AND cohort_id = ?")
                .setParameter(1, memberId)
                .setParameter(2, cohortId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new ModuleStatus(
                        String.valueOf(r[0]), String.valueOf(r[1]).strip()))
                .toList();
    }

    /** A worksheet's module key and its status by name. */
    public record ModuleStatus(String moduleKey, String status) {}
}
