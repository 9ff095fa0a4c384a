package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.committeeacademy.identity.application.Authenticator;

/**
 * The accounts in the database, as Jakarta Security sees them; roles become groups of the same name. It validates and
 * provides groups (the default): Soteria only takes the groups of a validating store that also provides groups. The
 * caller's unique id is the account's id, so what follows the password needs no second read by address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authenticator
                .authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(a -> new CredentialValidationResult(
                        null, new CallerPrincipal(a.email()), null, String.valueOf(a.id()), a.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
