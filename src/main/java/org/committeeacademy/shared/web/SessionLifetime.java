package org.committeeacademy.shared.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A page with a form that keeps view state (login, registration, password reset) gives a visitor a small session
 * (the public pages give none, see {@link StatelessViews}), so sessions of people who never log in expire after 15
 * idle minutes; a login extends its session to an hour.
 */
@WebListener
public class SessionLifetime implements HttpSessionListener {

    static final int ANONYMOUS_SECONDS = 15 * 60;
    static final int LOGGED_IN_SECONDS = 60 * 60;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(ANONYMOUS_SECONDS);
    }

    public static void loggedIn(HttpSession session) {
        session.setMaxInactiveInterval(LOGGED_IN_SECONDS);
    }
}
