package org.committeeacademy.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.persistence.StatementCount;

/**
 * With ACADEMY_STATEMENT_COUNT=true, a page read with GET and the request header {@code Academy-Count-Statements} names the SQL statements it cost in {@code Academy-Sql-Statements}
 * (see {@link StatementCount}); bin/bench-pages prints them per page and a test bounds them. Counting starts when the
 * request arrives (a request listener, before the sign-in check) and ends after the page is rendered; the answer is
 * buffered whole (up to 1 MB) so the header can still be set then. Off by default: then it does nothing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
@WebListener
public class StatementCountFilter extends HttpFilter implements ServletRequestListener {

    static final String HEADER = "Academy-Sql-Statements";
    static final String ASK = "Academy-Count-Statements";
    private static final String STARTED_AT = StatementCountFilter.class.getName() + ".startedAt";
    private static final int BUFFER = 1024 * 1024;

    /** Read once: a setting of the start. */
    private static final class Enabled {
        static final boolean VALUE = AcademySettings.current().statementCount();
    }

    /**
     * Only a page read with GET that asks for it ({@code Academy-Count-Statements} in the request) is counted: the
     * container allocates the whole buffer for a counted answer and keeps it with its pooled response objects, so
     * counting every answer filled the heap of the test server within minutes.
     */
    private static boolean isPageRead(HttpServletRequest request) {
        return request.getHeader(ASK) != null
                && "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (Enabled.VALUE) {
            event.getServletRequest().setAttribute(STARTED_AT, StatementCount.sentByThisThread());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Enabled.VALUE || !isPageRead(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(BUFFER);
        long before = request.getAttribute(STARTED_AT) instanceof Long at ? at : StatementCount.sentByThisThread();
        chain.doFilter(request, response);
        if (!response.isCommitted() && !request.isAsyncStarted()) {
            response.setHeader(HEADER, Long.toString(StatementCount.sentByThisThread() - before));
        }
    }
}
