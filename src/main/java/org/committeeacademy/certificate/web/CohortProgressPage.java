package org.committeeacademy.certificate.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.application.AbsenceWarnings;
import org.committeeacademy.attendance.application.AttendanceBook;
import org.committeeacademy.attendance.application.SessionLink;
import org.committeeacademy.certificate.application.CertificateView;
import org.committeeacademy.certificate.application.Certificates;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.progress.application.CohortProgressView;
import org.committeeacademy.progress.application.ProgressBook;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.model.StreamedContent;

/**
 * The cohort's progress matrix (/team/progress.xhtml?cohort=): members × modules with attendance and worksheet,
 * completion, absence warnings and certificates; staff issue and revoke certificates here, with a reason.
 */
@Named
@ViewScoped
public class CohortProgressPage implements Serializable {

    @Inject
    ProgressBook progress;

    @Inject
    CohortDirectory cohortDirectory;

    @Inject
    Certificates certificates;

    @Inject
    AbsenceWarnings warnings;

    @Inject
    AttendanceBook attendance;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private String cohortParam;
    private long cohortId;
    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<CohortProgressView> rows;
    private transient Map<Long, CertificateView> issued;

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohortParam == null ? "" : cohortParam.strip());
            rows = progress.cohort(cohortId);
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<CohortProgressView> getRows() {
        if (rows == null) {
            rows = progress.cohort(cohortId);
        }
        return rows;
    }

    public Map<Long, CertificateView> getCertificates() {
        if (issued == null) {
            issued = certificates.ofCohort(cohortId).stream()
                    .collect(Collectors.toMap(CertificateView::memberId, Function.identity()));
        }
        return issued;
    }

    public Map<Long, Integer> getWarnings() {
        return warnings.warnedIn(cohortId);
    }

    /** The cohort's sessions, each linking to its attendance list. */
    public List<SessionLink> getSessions() {
        return attendance.sessionsOf(cohortId);
    }

    public boolean isStaff() {
        return cohortDirectory.isManagedByCaller(cohortId);
    }

    public void issue(long memberId) {
        if (messages.attempt(
                () -> certificates.issueManually(cohortId, memberId, reasons.remove(memberId)), Refusals.onPage())) {
            messages.info("certificate.issued");
        }
        refresh();
    }

    /** A certificate gone meanwhile is as good as revoked; revoking one twice is refused in the same words. */
    public void revoke(long certificateId, long memberId) {
        Refusals refusals = Refusals.onPage().gone("certificate.alreadyRevoked");
        if (messages.attempt(() -> certificates.revoke(certificateId, reasons.remove(memberId)), refusals)) {
            messages.info("certificate.revokedDone");
        }
        refresh();
    }

    public StreamedContent getCsv() {
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    private Sheet sheet() {
        Map<Long, String> codes = getCertificates().values().stream()
                .filter(c -> !c.revoked())
                .collect(Collectors.toMap(CertificateView::memberId, CertificateView::code));
        return ProgressSheet.of(
                messages.text("progress.fileName", String.valueOf(cohortId)),
                progress.cohort(cohortId),
                getWarnings(),
                codes,
                language.current(),
                messages::text);
    }

    private void refresh() {
        rows = null;
        issued = null;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortParam() {
        return cohortParam;
    }

    public void setCohortParam(String cohortParam) {
        this.cohortParam = cohortParam;
    }
}
