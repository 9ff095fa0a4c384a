package org.committeeacademy.shared.personaldata;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * A feature's part of a person's data (GDPR art. 15, 17, 20). Each feature that stores something about a person
 * provides one, next to its own code: what it exports, which of its files go into the archive, and how it erases or
 * anonymises. {@code entities} names the JPA entities it answers for; a test fails for any entity with personal
 * data that no section names. The contract lives in shared, below every feature, so that identity and audit can
 * answer for their data without depending on privacy, which collects the sections for export and erasure.
 */
public interface PersonalDataSection {

    /** The section's name in the export, e.g. "enrolments". */
    String key();

    /** The entities whose personal data this section exports and erases. */
    Set<Class<?>> entities();

    JsonValue export(long accountId);

    /** Files that belong to the person (their uploads, documents issued to them), for the archive. */
    default List<ExportFile> files(long accountId) {
        return List.of();
    }

    /**
     * Removes or anonymises the person's data, in the caller's transaction; figures that name nobody may stay.
     */
    void erase(long accountId);

    /** Exports run in ascending order, erasures in descending order: the account (0) comes first and goes last. */
    default int order() {
        return 100;
    }
}
