package org.committeeacademy.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.committeeacademy.identity.application.SecondFactors.PasswordAccess;
import org.committeeacademy.identity.application.SignInGuard;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.rest.Problems;
import org.committeeacademy.shared.web.RequestPaths;
import org.committeeacademy.shared.web.SessionLifetime;

/**
 * One mechanism for both ways in: HTTP Basic on every call under /api/ (stateless, no session), and the login form for
 * pages (the login page hands the credential over through SecurityContext.authenticate; the session remembers the
 * caller, and its id changes at login).
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = SignedIn.class.getName();
    public static final String REQUESTED_PAGE = AcademyAuthenticationMechanism.class.getName() + ".requestedPage";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Added to the login page's address after a full form submit found the session ended (session-expired.js). */
    static final String ENDED_AT_POST = "?ended=post";
    /** Set on the 401 answer to an Ajax action whose session has ended. */
    public static final String SESSION_HEADER = "X-Academy-Session";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAudit audit;

    @Inject
    SessionRegistry sessions;

    @Inject
    BearerLogin bearer;

    @Inject
    SignInGuard guard;

    @Inject
    ClientAddress clients;

    @Inject
    SecondStep secondStep;

    @Inject
    Messages messages;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (RequestPaths.isApi(request) || isMetricsWithBasic(request)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            if (sessions.isCurrent(signedIn)) {
                return context.notifyContainerAboutLogin(signedIn.email(), signedIn.groups());
            }
            session.invalidate(); // ended (password, roles, erasure) or too old: signed out
        }
        if (context.isProtected() && isAjax(request)) {
            // An Ajax action after the session ended: a redirect to the login page would be followed by the browser
            // and reach the page as HTML it cannot read (the button spun forever). A 401 without Location makes
            // PrimeFaces fire pfAjaxError, where session-expired.js keeps what was typed and says so.
            response.setHeader(SESSION_HEADER, "expired");
            return context.responseUnauthorized();
        }
        if (context.isProtected()) {
            // A form sent in full after the session ended: back to the page it was sent from (with its ?id=), and
            // the login page says so, where session-expired.js turns what it kept at submit into what to restore.
            boolean posted = "POST".equalsIgnoreCase(request.getMethod());
            request.getSession().setAttribute(REQUESTED_PAGE, posted ? postedFrom(request) : requestedPage(request));
            return context.redirect(request.getContextPath() + LOGIN_PAGE + (posted ? ENDED_AT_POST : ""));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (credential instanceof SecondFactorCredential code) {
            return secondStep
                    .check(request, code)
                    .map(result -> signIn(request, context, result))
                    .orElse(AuthenticationStatus.SEND_FAILURE);
        }
        String caller = caller(credential);
        String client = clients.of(request);
        Optional<Duration> wait = guard.waitBefore(caller, client);
        if (wait.isPresent()) {
            request.setAttribute(SecondStep.RETRY_AFTER, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            guard.failed(caller, client);
            audit.failed(credential, "form");
            return AuthenticationStatus.SEND_FAILURE;
        }
        // The right password alone forgets no failures: else each new password would reset the count of code guesses.
        if (secondStep.required(result.getCallerPrincipal().getName())) {
            secondStep.await(request, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        guard.succeeded(caller, client);
        return signIn(request, context, result);
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
        audit.succeeded(result.getCallerPrincipal().getName());
        // A new session id at login defeats session fixation.
        request.getSession();
        request.changeSessionId();
        String email = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_KEY, sessions.signIn(email, result.getCallerGroups()));
        SessionLifetime.loggedIn(session);
        secondStep.afterLogin(session, email);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (BearerLogin.isBearer(header) && RequestPaths.isApi(request)) {
            return bearer.validate(header, request, response, context);
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(6).trim());
        String caller = caller(credential);
        String client = clients.of(request);
        Optional<Duration> wait = guard.waitBefore(caller, client);
        try {
            if (wait.isPresent()) {
                SignInProblems.tooManyAttempts(response, wait.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = credential == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                PasswordAccess access = secondStep.passwordAccess(result);
                if (access == PasswordAccess.TOKEN_REQUIRED) {
                    SignInProblems.useAToken(response);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                if (access == PasswordAccess.SETUP_MISSING) {
                    SignInProblems.setUpTheSecondFactorFirst(request, response, messages);
                    return AuthenticationStatus.SEND_FAILURE;
                }
                guard.succeeded(caller, client);
                return context.notifyContainerAboutLogin(result);
            }
            guard.failed(caller, client);
            audit.failed(credential, "api");
            Problems.writeUnauthorized(response);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The address tried, as the throttle counts it (an empty one for a credential without any). */
    private static String caller(Credential credential) {
        return credential instanceof UsernamePasswordCredential up && up.getCaller() != null ? up.getCaller() : "";
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A scraper reads /metrics with HTTP Basic, as the API is read; a browser's signed-in admin is let in too. */
    private static boolean isMetricsWithBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return RequestPaths.normalised(request).startsWith("/metrics")
                && header != null
                && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The page a form was sent from (the Referer's path in this application), else the form's address. */
    private static String postedFrom(HttpServletRequest request) {
        try {
            URI referer = URI.create(request.getHeader("Referer"));
            String path = referer.getRawPath();
            String context = request.getContextPath() + "/";
            if (path != null && path.startsWith(context) && !path.endsWith(LOGIN_PAGE)) {
                String page = path.substring(context.length() - 1);
                return referer.getRawQuery() == null ? page : page + "?" + referer.getRawQuery();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // no or no readable Referer: the form's own address
        }
        return requestedPage(request);
    }

    private static String requestedPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
