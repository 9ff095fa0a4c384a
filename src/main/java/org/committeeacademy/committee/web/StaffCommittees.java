package org.committeeacademy.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.committeeacademy.committee.application.Committees;
import org.committeeacademy.committee.application.MembershipRequest;
import org.committeeacademy.committee.application.Memberships;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * "Ausschüsse" (staff/committees.xhtml): the committees with their municipality code, a new one, the members' requests
 * to confirm or decline, and a member's committee set directly.
 */
@Named
@ViewScoped
public class StaffCommittees implements Serializable {

    @Inject
    Committees committees;

    @Inject
    Memberships memberships;

    @Inject
    PageMessages messages;

    private transient List<Committee> list;
    private transient List<MembershipRequest> requests;
    private final CommitteeForm form = new CommitteeForm();
    private String memberEmail;
    private Long memberCommitteeId;

    @PostConstruct
    void init() {
        reload();
    }

    /** Creates the committee, or saves the corrections of the one being edited. */
    public void create() {
        Long editing = form.getEditing();
        messages.result(
                        () -> editing == null
                                ? committees.create(
                                        form.getName(), form.getMunicipality(), form.getAgs(), form.getKind())
                                : committees.edit(
                                        editing, form.getName(), form.getMunicipality(), form.getAgs(), form.getKind()),
                        Refusals.fieldsAt("newCommittee:").conflictsAt("newCommittee:name"))
                .ifPresent(c -> {
                    messages.info(editing == null ? "committees.created" : "committees.saved", c.name());
                    form.clear();
                    reload();
                });
    }

    public void edit(Committee committee) {
        form.edit(committee);
    }

    public void cancelEdit() {
        form.clear();
    }

    public void confirm(MembershipRequest request) {
        if (messages.attempt(
                () -> memberships.confirm(request.accountId()),
                Refusals.onPage().gone("committees.requestGone"))) {
            messages.info("committees.confirmed", request.memberName(), request.committeeName());
        }
        reload();
    }

    public void decline(MembershipRequest request) {
        if (messages.attempt(
                () -> memberships.decline(request.accountId()),
                Refusals.onPage().gone("committees.requestGone"))) {
            messages.info("committees.declined", request.memberName(), request.committeeName());
        }
        reload();
    }

    public void assign() {
        messages.result(() -> memberships.assign(memberEmail, memberCommitteeId), Refusals.fieldsAt("assign:"))
                .ifPresent(c -> {
                    messages.info("committees.assigned", memberEmail, c.name());
                    memberEmail = null;
                    memberCommitteeId = null;
                });
    }

    private void reload() {
        list = committees.all();
        requests = memberships.requests();
    }

    public List<Committee> getList() {
        if (list == null) {
            reload();
        }
        return list;
    }

    public List<MembershipRequest> getRequests() {
        if (requests == null) {
            reload();
        }
        return requests;
    }

    public CommitteeKind[] getKinds() {
        return CommitteeKind.values();
    }

    public CommitteeForm getForm() {
        return form;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public Long getMemberCommitteeId() {
        return memberCommitteeId;
    }

    public void setMemberCommitteeId(Long memberCommitteeId) {
        this.memberCommitteeId = memberCommitteeId;
    }
}
