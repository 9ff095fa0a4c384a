package org.committeeacademy.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * An account whose role requires a second factor, signed in without one, sees only the page that sets it up (and can
 * log out there) until it has; every other page sends it there.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SecondFactorSetupFilter extends HttpFilter {

    public static final String SETUP_PAGE = "/account/second-factor.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session == null
                || session.getAttribute(SecondStep.SETUP_REQUIRED) == null
                || path.equals(SETUP_PAGE)
                || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + SETUP_PAGE);
    }
}
