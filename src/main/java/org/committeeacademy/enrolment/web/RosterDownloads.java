package org.committeeacademy.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.application.CohortDetail;
import org.committeeacademy.cohort.application.CohortDirectory;
import org.committeeacademy.enrolment.application.EnrolmentQueries;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.RosterView;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.primefaces.model.StreamedContent;

/**
 * The roster page's downloads: the roster as CSV and the sign-in sheet for the cohort's first session as PDF. Each
 * reads the roster afresh, so the application checks again that the caller is staff or teaches the cohort.
 */
@Named
@ViewScoped
public class RosterDownloads implements Serializable {

    @Inject
    RosterPage page;

    @Inject
    EnrolmentQueries queries;

    @Inject
    CohortDirectory cohorts;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private Boolean sheetAvailable;

    public StreamedContent getCsv() {
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    private Sheet sheet() {
        return RosterSheet.of(
                messages.text("roster.fileName", String.valueOf(page.getId())),
                RosterSheet.rows(queries.roster(page.getId())),
                language.current(),
                messages::text);
    }

    public StreamedContent getSignInSheet() {
        RosterView roster = queries.roster(page.getId());
        Optional<SignInSheet.Data> data = firstSession().map(s -> sheet(roster, s));
        if (data.isEmpty()) {
            messages.error(null, "roster.sheet.noSession");
            return null;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            SignInSheet.write(data.get(), language.getLocale(), key -> messages.text(key), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(pdf.toByteArray(), "roster.sheet.fileName", "application/pdf");
    }

    /** The sheet needs a session that takes place; a cohort without one offers no sheet. */
    public boolean isSheetAvailable() {
        if (sheetAvailable == null) {
            sheetAvailable = firstSession().isPresent();
        }
        return sheetAvailable;
    }

    private Optional<Session> firstSession() {
        try {
            CohortDetail detail = cohorts.detail(page.getId());
            return detail.activeSessions().stream()
                    .min(Comparator.comparing(CohortDetail.SessionLine::start))
                    .map(s -> new Session(detail, s));
        } catch (NotFoundException e) {
            // a trainer does not see a cohort that is still a draft, and so has no sheet for it
            return Optional.empty();
        }
    }

    private record Session(CohortDetail cohort, CohortDetail.SessionLine line) {}

    private SignInSheet.Data sheet(RosterView roster, Session session) {
        Language lang = language.current();
        CohortDetail.SessionLine s = session.line();
        List<CohortDetail.Person> trainers =
                s.trainers().isEmpty() ? session.cohort().trainers() : s.trainers();
        String room = s.online() ? messages.text("cohortPage.online") : s.roomName();
        return new SignInSheet.Data(
                roster.title(),
                s.moduleTitle().in(lang),
                s.start(),
                s.end(),
                session.cohort().venue().name() + ", " + room,
                trainers.stream().map(CohortDetail.Person::name).toList(),
                roster.confirmed().stream()
                        .map(EnrolmentView::memberName)
                        .sorted(Collator.getInstance(language.getLocale()))
                        .toList());
    }

    private StreamedContent file(byte[] content, String nameKey, String type) {
        return Downloads.file(messages.text(nameKey, String.valueOf(page.getId())), type, content);
    }
}
