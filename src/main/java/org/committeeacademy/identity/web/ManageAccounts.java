package org.committeeacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.identity.application.AccountService;
import org.committeeacademy.identity.application.NewAccount;
import org.committeeacademy.identity.domain.AccountSearch;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.model.LazyDataModel;

/**
 * The accounts page: search and filter, open an account, change roles. Admins see everyone and give any role; staff see
 * their own organisation's accounts and give only the member and trainer roles.
 */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {

    @Inject
    AccountService service;

    @Inject
    PageMessages messages;

    private LazyDataModel<AccountRow> accounts;

    private String email;

    private String name;

    private String password;

    private List<String> roles = new ArrayList<>(List.of(Role.MEMBER.name()));

    private String language = Language.DE.code();

    private Long organisationId;

    private Map<Long, String> organisationNames = Map.of();

    private String query;
    private String roleFilter;
    private Long organisationFilter;

    private AccountRow editing;
    private List<String> editingRoles = new ArrayList<>();

    @PostConstruct
    void init() {
        accounts = new AccountsLazyModel(service, this::search);
        organisationNames = new LinkedHashMap<>(service.organisationNames());
    }

    public void open() {
        NewAccount account = new NewAccount(
                email,
                name,
                password,
                toRoles(roles),
                OfferedLanguages.fromCode(language).orElseThrow(),
                organisationId);
        if (messages.attempt(
                () -> service.open(account), Refusals.fieldsAt("newAccount:").conflictsAt("newAccount:email"))) {
            messages.info("accounts.opened", email);
            email = null;
            name = null;
            password = null;
            roles = new ArrayList<>(List.of(Role.MEMBER.name()));
            organisationId = null;
        }
    }

    /** The organisation's name for the list; empty for people without one. */
    public String organisationName(Long id) {
        return id == null ? "" : organisationNames.getOrDefault(id, "");
    }

    /** The organisations to choose from when opening an account, by name. */
    public List<Map.Entry<Long, String>> getOrganisations() {
        return organisationNames.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .toList();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public void edit(AccountRow row) {
        editing = row;
        editingRoles = new ArrayList<>(row.roles());
    }

    public void saveRoles() {
        if (messages.attempt(
                () -> service.changeRoles(editing.id(), toRoles(editingRoles)), Refusals.fieldsAt("rolesForm:"))) {
            messages.info("accounts.rolesChanged", editing.email());
            editing = null;
        }
    }

    /** The roles the caller may give: all for admins, member and trainer for staff. */
    public List<Role> getAllRoles() {
        return service.grantableRoles();
    }

    /** Every role, for the filter. */
    public Role[] getFilterRoles() {
        return Role.values();
    }

    public boolean isAdmin() {
        return service.callerIsAdmin();
    }

    AccountSearch search() {
        Role role = roleFilter == null || roleFilter.isBlank() ? null : Role.valueOf(roleFilter);
        return new AccountSearch(query, role, organisationFilter);
    }

    /** Runs the search from the first page (the table reloads through the lazy model). */
    public void applySearch() {
        accounts.setRowCount((int) service.count(search()));
    }

    public void clearSearch() {
        query = null;
        roleFilter = null;
        organisationFilter = null;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(String roleFilter) {
        this.roleFilter = roleFilter;
    }

    public Long getOrganisationFilter() {
        return organisationFilter;
    }

    public void setOrganisationFilter(Long organisationFilter) {
        this.organisationFilter = organisationFilter;
    }

    private static EnumSet<Role> toRoles(List<String> names) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        names.forEach(n -> result.add(Role.valueOf(n)));
        return result;
    }

    public LazyDataModel<AccountRow> getAccounts() {
        return accounts;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public AccountRow getEditing() {
        return editing;
    }

    public List<String> getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(List<String> editingRoles) {
        this.editingRoles = editingRoles;
    }
}
