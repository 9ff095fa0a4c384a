package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.committeeacademy.identity.application.AmbassadorOverview;
import org.committeeacademy.identity.application.Ambassadors;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.export.Sheet;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.Downloads;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.model.StreamedContent;

/** "Who came through whom": the ambassadors, the people they brought, and making members ambassadors. */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    @Inject
    Ambassadors ambassadors;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private List<AmbassadorOverview> overview;
    private List<Account> candidates;
    private Long appointee;

    @PostConstruct
    void init() {
        reload();
    }

    public void appoint() {
        change(appointee, true);
        appointee = null;
    }

    public void dismiss(AmbassadorOverview ambassador) {
        change(ambassador.accountId(), false);
    }

    private void change(Long accountId, boolean ambassador) {
        if (accountId == null) {
            return;
        }
        if (messages.attempt(
                () -> ambassadors.appoint(accountId, ambassador),
                Refusals.onPage().gone("referrals.gone"))) {
            messages.info(ambassador ? "referrals.appointed" : "referrals.dismissed");
        }
        reload();
    }

    public StreamedContent getCsv() {
        return Downloads.csv(sheet(), language.getLocale());
    }

    public StreamedContent getXlsx() {
        return Downloads.xlsx(sheet());
    }

    /** One line per person who came through an ambassador. */
    Sheet sheet() {
        List<List<Object>> rows = new ArrayList<>();
        for (AmbassadorOverview a : overview) {
            for (AmbassadorOverview.Person p : a.people()) {
                rows.add(List.of(
                        a.name(),
                        a.email(),
                        p.name(),
                        p.email(),
                        LocalFormats.of(language.current()).date(p.joinedAt()),
                        p.project() == null ? "" : p.project()));
            }
        }
        return new Sheet(
                "ambassadors",
                Stream.of(
                                "referrals.ambassador",
                                "access.email",
                                "referrals.person",
                                "access.email",
                                "referrals.joined",
                                "referrals.project")
                        .map(messages::text)
                        .toList(),
                rows);
    }

    private void reload() {
        overview = ambassadors.overview();
        candidates = ambassadors.candidates();
    }

    public List<AmbassadorOverview> getOverview() {
        return overview;
    }

    public List<Account> getCandidates() {
        return candidates;
    }

    public Long getAppointee() {
        return appointee;
    }

    public void setAppointee(Long appointee) {
        this.appointee = appointee;
    }
}
