package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.identity.application.AmbassadorOverview;
import org.committeeacademy.identity.application.Ambassadors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.InvitationRow;
import org.committeeacademy.identity.application.Invitations;
import org.committeeacademy.identity.application.NewInvitation;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;

/** Staff invite one person or a list from a spreadsheet, and look after the invitations sent. */
@Named
@ViewScoped
public class StaffInvitations implements Serializable {

    @Inject
    Invitations invitations;

    @Inject
    Ambassadors ambassadors;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference interfaceLanguage;

    private List<InvitationRow> rows;
    private List<AmbassadorOverview> ambassadorChoices;
    private List<InvitationCsv.Line> preview;
    private String name;
    private String email;
    private String language = Language.DE.code();
    private Role role = Role.MEMBER;
    private Long referredBy;
    private Long committeeId;

    @PostConstruct
    void init() {
        rows = invitations.list();
        ambassadorChoices =
                ambassadors.overview().stream().filter(a -> a.since() != null).toList();
    }

    public void invite() {
        NewInvitation invitation = new NewInvitation(
                name, email, OfferedLanguages.fromCode(language).orElse(null), role, referredBy, committeeId);
        Refusals refusals = Refusals.fieldsAt("invite:")
                .conflictsAt("invite:email")
                .deniedAt("invite:role", "invitation.role.invalid");
        if (messages.attempt(() -> invitations.invite(invitation), refusals)) {
            messages.info("invitations.sent", email);
            name = null;
            email = null;
            referredBy = null;
            committeeId = null;
            rows = invitations.list();
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            preview = invitations.preview(content.readNBytes(InvitationCsv.MAX_BYTES + 1));
        } catch (IllegalArgumentException e) {
            preview = null;
            messages.error(null, e.getMessage());
        } catch (IOException e) {
            preview = null;
            messages.error(null, "invitations.csv.notText");
        }
    }

    public void sendList() {
        int sent = invitations.inviteAll(preview);
        messages.info("invitations.listSent", sent);
        preview = null;
        rows = invitations.list();
    }

    public void cancelList() {
        preview = null;
    }

    /** An invitation accepted in the meantime is refused like one withdrawn: it is no longer open. */
    public void resend(InvitationRow row) {
        Refusals refusals =
                Refusals.onPage().gone("invitations.gone").as(ValidationException.class, "invitations.gone");
        if (messages.attempt(() -> invitations.resend(row.id()), refusals)) {
            messages.info("invitations.resent", row.email());
        }
        rows = invitations.list();
    }

    public void withdraw(InvitationRow row) {
        if (messages.attempt(
                () -> invitations.withdraw(row.id()), Refusals.onPage().gone("invitations.gone"))) {
            messages.info("invitations.withdrawn", row.email());
        }
        rows = invitations.list();
    }

    /** Day and time at the venues, e.g. 24.11.2026 14:30. */
    public String when(Instant instant) {
        return instant == null
                ? ""
                : LocalFormats.of(interfaceLanguage.current()).dateTime(instant);
    }

    public long getSendableCount() {
        return preview == null
                ? 0
                : preview.stream().filter(InvitationCsv.Line::isSendable).count();
    }

    public List<Role> getRoles() {
        return currentUser.hasRole(Role.ADMIN) ? List.of(Role.MEMBER, Role.TRAINER, Role.STAFF) : List.of(Role.MEMBER);
    }

    public int getMaxBytes() {
        return InvitationCsv.MAX_BYTES;
    }

    public List<InvitationRow> getRows() {
        return rows;
    }

    public List<AmbassadorOverview> getAmbassadorChoices() {
        return ambassadorChoices;
    }

    public List<InvitationCsv.Line> getPreview() {
        return preview;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getReferredBy() {
        return referredBy;
    }

    public void setReferredBy(Long referredBy) {
        this.referredBy = referredBy;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }
}
