package org.committeeacademy.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;

/** The admin's organisations page (admin/organisations.xhtml): list, create, edit, deactivate and reactivate. */
@Named
@ViewScoped
public class ManageOrganisations implements Serializable {

    @Inject
    Organisations organisations;

    @Inject
    PageMessages messages;

    private List<OrganisationRow> rows = List.of();
    private OrganisationForm form = new OrganisationForm();

    @PostConstruct
    void init() {
        reload();
    }

    public void save() {
        boolean editing = form.isEditing();
        Refusals refusals = Refusals.fieldsAt("organisationForm:").conflictsAt("organisationForm:name");
        Runnable save = editing
                ? () -> organisations.edit(form.getId(), form.toDetails())
                : () -> organisations.create(form.toDetails());
        if (messages.attempt(save, refusals)) {
            messages.info(
                    editing ? "organisations.saved" : "organisations.created",
                    form.getName().strip());
            form = new OrganisationForm();
            reload();
        }
    }

    public void edit(OrganisationRow row) {
        form = OrganisationForm.of(organisations.organisation(row.id()));
    }

    public void cancel() {
        form = new OrganisationForm();
    }

    public void deactivate(OrganisationRow row) {
        organisations.deactivate(row.id());
        messages.info("organisations.deactivated", row.name());
        reload();
    }

    public void reactivate(OrganisationRow row) {
        organisations.reactivate(row.id());
        messages.info("organisations.reactivated", row.name());
        reload();
    }

    private void reload() {
        rows = organisations.all().stream().map(OrganisationRow::of).toList();
    }

    public List<OrganisationRow> getRows() {
        return rows;
    }

    public OrganisationForm getForm() {
        return form;
    }

    private int logoVersion;

    /** A dropped image becomes the logo of the organisation being edited, or is refused beside the upload field. */
    public void uploadLogo(FileUploadEvent event) {
        String name = form.getName();
        if (messages.attempt(
                () -> organisations.changeLogo(form.getId(), event.getFile().getContent()),
                Refusals.fieldsAt("logoForm:"))) {
            logoVersion++;
            messages.info("organisation.logo.saved", name);
        }
    }

    public void removeLogo() {
        organisations.changeLogo(form.getId(), null);
        logoVersion++;
        messages.info("organisation.logo.removed", form.getName());
    }

    /** The largest file the upload field takes (the image itself is checked on the server). */
    public long getLogoSizeLimit() {
        return 2L * 1024 * 1024;
    }

    public boolean isLogoShown() {
        return form.isEditing() && organisations.logo(form.getId()).isPresent();
    }

    /** Changes with every new logo, so the browser does not show the cached old one. */
    public int getLogoVersion() {
        return logoVersion;
    }
}
