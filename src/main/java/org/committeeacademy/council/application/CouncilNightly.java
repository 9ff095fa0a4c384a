package org.committeeacademy.council.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import org.committeeacademy.council.domain.CouncilRepository;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every five minutes, syncs the committees whose next attempt is due: each once a night (02:30), and after a failure
 * again after 5, 30 and 120 minutes ({@link CouncilSource#failed}). Without a committee that names an OParl URL it
 * connects nowhere.
 */
@Singleton
@ScheduledJob
public class CouncilNightly {

    private static final System.Logger LOG = System.getLogger(CouncilNightly.class.getName());

    @Inject
    CouncilRepository council;

    @Inject
    CouncilSync sync;

    Clock clock = Clock.systemUTC();

    /** No transaction around the run: the sync reads the network first and then stores in its own transaction. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void syncDue() {
        Instant now = clock.instant();
        for (CouncilSource source : council.sources()) {
            if (!source.due(now)) {
                continue;
            }
            try {
                sync.run(source.committeeId());
            } catch (CouncilUnavailableException e) {
                // logged and recorded by the sync; the next attempt follows the back-off
            } catch (org.committeeacademy.shared.domain.ConflictException e) {
                // staff started this committee's sync a moment ago
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "OParl sync of committee " + source.committeeId() + " failed", e);
            }
        }
    }
}
