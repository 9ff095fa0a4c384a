package org.committeeacademy.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.committeeacademy.privacy.application.Erasure;
import org.committeeacademy.privacy.application.PersonalDataExport;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.model.StreamedContent;

/** "Meine Daten": download everything the application keeps about me, or erase my account. */
@Named
@RequestScoped
public class MyDataPage {

    @Inject
    PersonalDataExport export;

    @Inject
    Erasure erasure;

    @Inject
    PageMessages messages;

    private String password;

    public StreamedContent getArchive() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.mineAsZip(zip);
        return Downloads.file("committee-academy-my-data.zip", "application/zip", zip.toByteArray());
    }

    /** Erases after the password; then the session ends and the start page says so. */
    public void erase() throws IOException, ServletException {
        try {
            if (!messages.attempt(() -> erasure.eraseMine(password), Refusals.fieldsAt("erase:"))) {
                return;
            }
        } finally {
            password = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?erased=true");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
