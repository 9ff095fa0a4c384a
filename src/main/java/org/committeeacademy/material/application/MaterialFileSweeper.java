package org.committeeacademy.material.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import org.committeeacademy.material.domain.MaterialRepository;
import org.committeeacademy.material.persistence.MaterialFiles;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every hour, removes stored files that no material version names any more (after a delete, or a refused or
 * interrupted upload). Files written in the last hour are left alone, so an upload whose transaction is still open
 * never loses its file.
 */
@Singleton
@ScheduledJob
public class MaterialFileSweeper {

    static final Duration GRACE = Duration.ofHours(1);
    private static final System.Logger LOG = System.getLogger(MaterialFileSweeper.class.getName());

    @Inject
    MaterialRepository materials;

    @Inject
    MaterialFiles files;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void sweep() {
        try {
            int deleted = files.sweep(materials.storedKeys(), clock.instant().minus(GRACE));
            if (deleted > 0) {
                LOG.log(Level.INFO, "{0} material file(s) nobody refers to any more were deleted", deleted);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Material files stay until the next sweep", e);
        }
    }
}
