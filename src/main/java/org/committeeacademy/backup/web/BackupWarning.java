package org.committeeacademy.backup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.backup.application.BackupState;
import org.committeeacademy.backup.application.Backups;

/** The warning on the admin's home page when the latest backup is missing or older than two days. */
@Named
@RequestScoped
public class BackupWarning {

    @Inject
    Backups backups;

    private BackupState state;

    public boolean isShown() {
        return state().warn();
    }

    public boolean isNone() {
        return state().latest() == null;
    }

    private BackupState state() {
        if (state == null) {
            state = backups.state();
        }
        return state;
    }
}
