package org.committeeacademy.backup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The backup on GET /health and /health/ready: always UP (an old backup is no reason to stop serving), with the
 * latest backup's time and a warning when it is missing or older than two days.
 */
@Readiness
@ApplicationScoped
public class BackupHealth implements HealthCheck {

    @Inject
    Backups backups;

    @Override
    public HealthCheckResponse call() {
        BackupState state = backups.state();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("backup").up();
        if (state.latest() != null) {
            response.withData("latest", state.latest().toString());
        }
        if (!state.online()) {
            response.withData("note", "PostgreSQL: back up with pg_dump, see docs/operations.md");
        } else if (state.stale()) {
            response.withData(
                    "warning", state.latest() == null ? "no backup yet" : "the latest backup is older than 2 days");
        }
        return response.build();
    }
}
