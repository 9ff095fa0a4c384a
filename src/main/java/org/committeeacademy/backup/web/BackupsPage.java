package org.committeeacademy.backup.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.backup.application.BackupState;
import org.committeeacademy.backup.application.Backups;
import org.committeeacademy.backup.domain.Backup;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/** The admins' backups page (admin/backups.xhtml): the backups there are, one made now, one deleted. */
@Named
@ViewScoped
public class BackupsPage implements Serializable {

    @Inject
    LanguagePreference language;

    @Inject
    Backups backups;

    @Inject
    PageMessages messages;

    private List<BackupRow> rows = List.of();
    private BackupState state;

    @PostConstruct
    void init() {
        reload();
    }

    public void makeNow() {
        messages.result(backups::makeNow, Refusals.onPage())
                .map(Backup::id)
                .ifPresent(id -> messages.info("backup.made", id));
        reload();
    }

    public void delete(BackupRow row) {
        backups.delete(row.id());
        messages.info("backup.deleted", row.id());
        reload();
    }

    private void reload() {
        LocalFormats formats = LocalFormats.of(language.current());
        rows = backups.list().stream().map(b -> BackupRow.of(b, formats)).toList();
        state = backups.state();
    }

    public List<BackupRow> getRows() {
        return rows;
    }

    public BackupState getState() {
        return state;
    }
}
