package org.committeeacademy.certificate.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.attendance.application.Apologies;
import org.committeeacademy.attendance.application.UpcomingSession;
import org.committeeacademy.certificate.application.CertificateStanding;
import org.committeeacademy.certificate.application.CertificateView;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ProgressBook;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.model.StreamedContent;

/**
 * A member's progress in one cohort (/member/progress.xhtml?cohort=): per module what is done and what is missing,
 * apologies for the sessions to come, and the certificate once issued.
 */
@Named
@ViewScoped
public class MyProgressPage implements Serializable {

    @Inject
    ProgressBook progress;

    @Inject
    Apologies apologies;

    @Inject
    Certificates certificates;

    @Inject
    PageMessages messages;

    private String cohortParam;
    private long cohortId;
    private String note;
    private transient CohortProgressView view;
    private transient List<UpcomingSession> upcoming;
    private transient Optional<CertificateView> certificate;

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            view = progress.mineIn(cohortId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public CohortProgressView getView() {
        if (view == null) {
            view = progress.mineIn(cohortId);
        }
        return view;
    }

    public List<UpcomingSession> getUpcoming() {
        if (upcoming == null) {
            upcoming = apologies.upcoming(cohortId);
        }
        return upcoming;
    }

    public void apologise(long sessionId) {
        if (messages.attempt(() -> apologies.apologise(sessionId, note), Refusals.onPage())) {
            note = null;
            messages.info("apology.sent");
        }
        upcoming = null;
    }

    public void withdraw(long sessionId) {
        Refusals refusals =
                Refusals.onPage().gone("apology.notWithdrawn").as(ConflictException.class, "apology.notWithdrawn");
        if (messages.attempt(() -> apologies.withdraw(sessionId), refusals)) {
            messages.info("apology.withdrawn");
        }
        upcoming = null;
    }

    /** The member's valid certificate of the cohort, read once per request (the page asks for it per module). */
    public Optional<CertificateView> getCertificate() {
        if (certificate == null) {
            certificate = certificates.mine().stream()
                    .filter(c -> c.cohortId() == cohortId && !c.revoked())
                    .findFirst();
        }
        return certificate;
    }

    /** The one rule for the certificate's message and whether the modules list what is missing. */
    public CertificateStanding getStanding() {
        return CertificateStanding.of(getView().complete(), getCertificate().isPresent());
    }

    public StreamedContent getCertificatePdf() {
        CertificateView certificate = getCertificate().orElseThrow(() -> new NotFoundException("certificate"));
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String base = context.getRequestScheme() + "://" + context.getRequestServerName() + ":"
                + context.getRequestServerPort() + context.getRequestContextPath();
        byte[] pdf = certificates.pdf(certificate.id(), base);
        return Downloads.file(messages.text("certificate.fileName", certificate.code()), "application/pdf", pdf);
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
