package org.committeeacademy.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.application.Authenticator;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * Erasure (GDPR art. 17): every feature's section removes or anonymises the person's data, the account last, in one
 * transaction, so an erasure is whole or not at all. A person erases their own account after giving their password
 * again; admins erase any account but their own; the retention job erases members nobody has needed for long.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    @Inject
    Instance<PersonalDataSection> sections;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Authenticator authenticator;

    @Inject
    AuditLog audit;

    public void eraseMine(String password) {
        Account caller = currentUser.require();
        if (password == null
                || authenticator.authenticate(caller.email(), password).isEmpty()) {
            throw new ValidationException("password", "erasure.password.wrong");
        }
        erase(caller.id(), caller.id(), "self");
    }

    public void eraseAccount(long accountId) {
        Account admin = currentUser.requireAnyRole(Role.ADMIN);
        if (admin.id() == accountId) {
            throw new ValidationException("account", "erasure.notYourself");
        }
        erase(accountId, admin.id(), "admin");
    }

    /** For the retention job, which runs as nobody. */
    public void eraseForRetention(long accountId) {
        erase(accountId, null, "retention");
    }

    private void erase(long accountId, Long by, String why) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        if (account.isErased()) {
            return;
        }
        sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::order).reversed())
                .forEach(section -> section.erase(accountId));
        audit.recordOnCommit(AuditAction.ACCOUNT_ERASED, by, "ACCOUNT", String.valueOf(accountId), why);
    }
}
