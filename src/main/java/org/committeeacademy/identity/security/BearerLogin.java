package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.identity.application.ApiTokens;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.rest.Problems;

/** {@code Authorization: Bearer <token>} on the API: a personal token signs its account in with its current roles. */
@ApplicationScoped
public class BearerLogin {

    private static final String SCHEME = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    SecondStep secondStep;

    @Inject
    Messages messages;

    static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    AuthenticationStatus validate(
            String header, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var account = tokens.authenticate(header.substring(SCHEME.length()).trim());
        if (account.isPresent() && secondStep.setupMissing(account.get())) {
            // a token made before a role that requires the second factor: not usable until it is set up
            try {
                SignInProblems.setUpTheSecondFactorFirst(request, response, messages);
            } catch (IOException e) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (account.isPresent()) {
            return context.notifyContainerAboutLogin(
                    new CallerPrincipal(account.get().email()), account.get().roleNames());
        }
        try {
            Problems.writeUnauthorized(response);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
