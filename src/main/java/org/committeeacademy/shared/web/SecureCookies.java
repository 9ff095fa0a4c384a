package org.committeeacademy.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} when ACADEMY_PUBLIC_URL is https, also when a TLS proxy in front talks plain
 * http to us (the container would only mark it Secure for requests that are themselves https).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (SecurityHeadersFilter.behindTls()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
