package org.committeeacademy.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.council.application.CouncilImport;
import org.committeeacademy.council.application.CouncilSources;
import org.committeeacademy.council.application.CouncilSync;
import org.committeeacademy.council.domain.CouncilOrganization;
import org.committeeacademy.council.domain.CouncilSource;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * The council information system of a committee on the staff's committees page: its OParl body URL, which of the
 * body's organizations are the committee and the council, the motion deadline, how the last syncs went (time,
 * counts, the error), and "Jetzt synchronisieren". For STAFF and ADMIN; committees are shared by all organisations.
 */
@Named
@ViewScoped
public class CouncilPanel implements Serializable {

    @Inject
    LanguagePreference language;

    @Inject
    CouncilSources sources;

    @Inject
    CouncilSync sync;

    @Inject
    CommitteeRepository committees;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long committeeId;
    private String bodyUrl;
    private String committeeOrganization;
    private String councilOrganization;
    private Integer motionDeadlineDays;

    public boolean isAllowed() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** Shows the chosen committee's settings. */
    public void select() {
        Optional<CouncilSource> source = committeeId == null ? Optional.empty() : sources.of(committeeId);
        bodyUrl = source.map(CouncilSource::bodyUrl).orElse(null);
        committeeOrganization = source.map(CouncilSource::committeeOrganization).orElse(null);
        councilOrganization = source.map(CouncilSource::councilOrganization).orElse(null);
        motionDeadlineDays = source.map(CouncilSource::motionDeadlineDays).orElse(null);
    }

    public void save() {
        if (committeeId == null) {
            messages.error("council:committee", "council.committee.missing");
            return;
        }
        messages.result(
                        () -> sources.configure(
                                committeeId, bodyUrl, committeeOrganization, councilOrganization, motionDeadlineDays),
                        Refusals.fieldsAt("council:"))
                .ifPresent(s -> messages.info("council.saved", committeeName()));
    }

    public void syncNow() {
        if (committeeId == null || getSource() == null) {
            messages.error("council:bodyUrl", "council.bodyUrl.invalid");
            return;
        }
        try {
            CouncilImport.Outcome outcome = sync.syncNow(committeeId);
            messages.info("council.synced", outcome.meetings(), outcome.papers(), outcome.skipped());
            select();
        } catch (CouncilUnavailableException e) {
            messages.error(null, e.messageKey());
        } catch (ConflictException e) {
            messages.error(null, e.messageKey());
        }
    }

    /** The stored source of the chosen committee, or null. */
    public CouncilSource getSource() {
        return committeeId == null ? null : sources.of(committeeId).orElse(null);
    }

    public List<CouncilOrganization> getOrganizations() {
        return committeeId == null ? List.of() : sources.organizations(committeeId);
    }

    public String shown(Instant time) {
        return time == null ? "" : LocalFormats.of(language.current()).dateTime(time);
    }

    private String committeeName() {
        return committees.find(committeeId).map(c -> c.name()).orElse("");
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getBodyUrl() {
        return bodyUrl;
    }

    public void setBodyUrl(String bodyUrl) {
        this.bodyUrl = bodyUrl;
    }

    public String getCommitteeOrganization() {
        return committeeOrganization;
    }

    public void setCommitteeOrganization(String committeeOrganization) {
        this.committeeOrganization = committeeOrganization;
    }

    public String getCouncilOrganization() {
        return councilOrganization;
    }

    public void setCouncilOrganization(String councilOrganization) {
        this.councilOrganization = councilOrganization;
    }

    public Integer getMotionDeadlineDays() {
        return motionDeadlineDays;
    }

    public void setMotionDeadlineDays(Integer motionDeadlineDays) {
        this.motionDeadlineDays = motionDeadlineDays;
    }
}
