package org.committeeacademy.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.committeeacademy.curriculum.application.CurriculumLoader;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.persistence.ApplicationStartup.SchemaReady;
import org.committeeacademy.shared.persistence.StartPhase;

/**
 * Loads the demo data set once when ACADEMY_DEMO_DATA=true. A marker row makes sure a restart never seeds twice; the
 * data is dated relative to the day it is loaded, so every screen shows something real.
 */
@ApplicationScoped
public class DemoData {

    static final String MARKER = "demo-data";
    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Transactional
    void loadOnce(@Observes @Priority(CurriculumLoader.STARTUP_PRIORITY + 100) SchemaReady schemaReady) {
        if (!AcademySettings.current().demoData() || alreadyLoaded()) {
            return;
        }
        StartPhase loading = StartPhase.begin();
        LocalDate today = LocalDate.now(AcademyTime.ZONE);
        new DemoDataSet().load(em, today, Instant.now());
        em.createNativeQuery("INSERT INTO app_marker (marker_key, created_at) VALUES (?, ?)")
                .setParameter(1, MARKER)
                .setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        LOG.log(Level.INFO, "Demo data loaded for {0} ({1})", today, loading.took());
    }

    private boolean alreadyLoaded() {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM app_marker WHERE marker_key = ?")
                .setParameter(1, MARKER)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
