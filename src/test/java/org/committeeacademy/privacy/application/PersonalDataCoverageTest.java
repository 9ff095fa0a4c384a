package org.committeeacademy.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Walks every JPA entity and fails for one that holds personal data (it is an account, refers to one, or keeps an
 * account id, an e-mail address or a phone number) while no PersonalDataSection exports and erases it.
 */
@DatabaseTest
class PersonalDataCoverageTest {

    /** Entities with person-like fields that are not a person's data, and why. */
    private static final Map<String, String> NOT_PERSONAL = Map.of(
            "Venue",
            "the venue's public contact, which staff enter as the institution's address for everyone; no account");

    private static final List<String> PERSONAL_NAMES =
            List.of("memberid", "accountid", "ownerid", "actorid", "email", "phone", "createdby", "changedby");

    @Test
    void everyEntityWithPersonalDataHasAnExportAndAnErasure() {
        Set<Class<?>> covered = new HashSet<>();
        Sections.wired(null, Path.of("target")).forEach(section -> covered.addAll(section.entities()));

        Set<String> missing = new TreeSet<>();
        try (TestDatabase db = new TestDatabase()) {
            EntityManager em = db.entityManager();
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                if (isPersonal(entity) && !covered.contains(type) && !NOT_PERSONAL.containsKey(type.getSimpleName())) {
                    missing.add(type.getName());
                }
            }
            em.close();
        }
        assertEquals(Set.of(), missing, "entities with personal data but no PersonalDataSection naming them");
    }

    @Test
    void theWalkFindsTheKnownPersonalEntities() {
        try (TestDatabase db = new TestDatabase()) {
            EntityManager em = db.entityManager();
            Set<String> personal = new TreeSet<>();
            em.getMetamodel().getEntities().stream()
                    .filter(PersonalDataCoverageTest::isPersonal)
                    .forEach(e -> personal.add(e.getJavaType().getSimpleName()));
            em.close();
            assertTrue(
                    personal.containsAll(Set.of("Account", "Enrolment", "EnrolmentChange", "CalendarFeed", "Cohort")),
                    personal.toString());
        }
    }

    static boolean isPersonal(EntityType<?> entity) {
        if (entity.getJavaType() == Account.class) {
            return true;
        }
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
            Class<?> type = attribute instanceof PluralAttribute<?, ?, ?> plural
                    ? plural.getElementType().getJavaType()
                    : attribute.getJavaType();
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            if (type == Account.class || PERSONAL_NAMES.stream().anyMatch(name::contains)) {
                return true;
            }
        }
        return false;
    }
}
