package org.committeeacademy.identity.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.committeeacademy.audit.application.AuditLog;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.EmailAddress;

/**
 * An audit line for every refused access (403): a role that may not call an API, or open a page, whether the
 * application or the container's security constraints refused it (the latter reach us as an error dispatch).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class AccessRefusalFilter extends HttpFilter {

    private static final String AUDITED = AccessRefusalFilter.class.getName() + ".audited";

    @Inject
    transient AuditLog audit;

    @Inject
    transient AccountRepository accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            if (Integer.valueOf(403).equals(status)) {
                refused(request, String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 403) {
            refused(request, request.getRequestURI());
        }
    }

    private void refused(HttpServletRequest request, String path) {
        if (request.getAttribute(AUDITED) != null) {
            return;
        }
        request.setAttribute(AUDITED, Boolean.TRUE);
        Principal principal = request.getUserPrincipal();
        Long actor = principal == null
                ? null
                : accounts.findByEmail(EmailAddress.normalize(principal.getName()))
                        .map(Account::id)
                        .orElse(null);
        audit.record(AuditAction.ACCESS_REFUSED, actor, "PATH", path, request.getMethod());
    }
}
