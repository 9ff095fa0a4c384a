package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.committeeacademy.identity.application.AmbassadorOverview;
import org.committeeacademy.identity.application.Ambassadors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.InvitationRow;
import org.committeeacademy.identity.application.Invitations;
import org.committeeacademy.identity.application.NewInvitation;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;
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

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private List<InvitationRow> rows;
    private List<AmbassadorOverview> ambassadorChoices;
    private List<InvitationCsv.Line> preview;
    private String name;
    private String email;
    private String language = Language.DE.code();
    private Role role = Role.MEMBER;
    private Long referredBy;

    @PostConstruct
    void init() {
        rows = invitations.list();
        ambassadorChoices =
                ambassadors.overview().stream().filter(a -> a.since() != null).toList();
    }

    public void invite() {
        try {
            invitations.invite(
                    new NewInvitation(name, email, Language.fromCode(language).orElse(null), role, referredBy));
            messages.info("invitations.sent", email);
            name = null;
            email = null;
            referredBy = null;
            rows = invitations.list();
        } catch (ValidationException e) {
            messages.errors(e, "invite:");
        } catch (ConflictException e) {
            messages.error("invite:email", e.messageKey());
        } catch (AccessDeniedException e) {
            messages.error("invite:role", "invitation.role.invalid");
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

    public void resend(InvitationRow row) {
        try {
            invitations.resend(row.id());
            messages.info("invitations.resent", row.email());
        } catch (ValidationException | NotFoundException e) {
            messages.error(null, "invitations.gone");
        }
        rows = invitations.list();
    }

    public void withdraw(InvitationRow row) {
        try {
            invitations.withdraw(row.id());
            messages.info("invitations.withdrawn", row.email());
        } catch (NotFoundException e) {
            messages.error(null, "invitations.gone");
        }
        rows = invitations.list();
    }

    /** Day and time at the venues, e.g. 24.11.2026 14:30. */
    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
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
}
