package org.committeeacademy.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.OrganisationDirectory;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationDetails;
import org.committeeacademy.organisation.domain.OrganisationRepository;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * The organisations: anyone sees the active ones (to find cohorts near them); the admin creates, edits and
 * deactivates them. Features above ask here whether an organisation may take something new.
 */
@ApplicationScoped
@Transactional
public class Organisations implements OrganisationDirectory {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    /** The active organisations, by name: public. */
    public List<Organisation> active() {
        return organisations.all().stream().filter(Organisation::isActive).toList();
    }

    /** All of them, deactivated ones included, for the admin. */
    public List<Organisation> all() {
        requireAdmin();
        return organisations.all();
    }

    public Organisation organisation(long id) {
        requireAdmin();
        return find(id);
    }

    /**
     * What anyone may know of an organisation, for the mails, pages and certificates that name it: its name, address,
     * privacy contact, mail sender and colour (no people).
     */
    public Optional<Organisation> publicProfile(Long id) {
        return id == null ? Optional.empty() : organisations.find(id);
    }

    public Organisation create(OrganisationDetails details) {
        requireAdmin();
        details.validate();
        requireUniqueName(details.name(), null);
        return organisations.add(new Organisation(details));
    }

    public Organisation edit(long id, OrganisationDetails details) {
        requireAdmin();
        Organisation organisation = find(id);
        details.validate();
        requireUniqueName(details.name(), organisation.id());
        organisation.edit(details);
        return organisation;
    }

    /** The admin gives the organisation a logo (checked by its content, see OrganisationLogo), or takes it away. */
    public Organisation changeLogo(long id, byte[] upload) {
        requireAdmin();
        Organisation organisation = find(id);
        if (upload == null) {
            organisation.removeLogo();
        } else {
            organisation.changeLogo(upload);
        }
        return organisation;
    }

    /** Public: the logo shows on the organisation's pages, mails and certificates. */
    public Optional<byte[]> logo(long id) {
        return organisations.find(id).flatMap(Organisation::logo);
    }

    public Organisation deactivate(long id) {
        requireAdmin();
        Organisation organisation = find(id);
        organisation.deactivate();
        return organisation;
    }

    public Organisation reactivate(long id) {
        requireAdmin();
        Organisation organisation = find(id);
        organisation.reactivate();
        return organisation;
    }

    /**
     * The organisation that is to take a new venue or account: refused with a field error when it is unknown or
     * deactivated.
     */
    public Organisation requireActive(long id, String field) {
        return organisations
                .find(id)
                .filter(Organisation::isActive)
                .orElseThrow(() -> new ValidationException(field, "organisation.unknown"));
    }

    @Override
    public boolean isActive(long organisationId) {
        return organisations.find(organisationId).filter(Organisation::isActive).isPresent();
    }

    @Override
    public Map<Long, String> names() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    @Override
    public Map<Long, String> activeNames() {
        return active().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private Organisation find(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    private void requireUniqueName(String name, Long except) {
        organisations.findByName(name).filter(o -> !o.id().equals(except)).ifPresent(o -> {
            throw new ConflictException("organisation.name.taken", name);
        });
    }

    /** Admins and the state coordinator keep the organisations (the coordinator opens them for new providers). */
    private void requireAdmin() {
        currentUser.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
    }
}
