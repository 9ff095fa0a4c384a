package org.committeeacademy.shared.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.committeeacademy.shared.persistence.ApplicationStartup;
import org.committeeacademy.shared.persistence.ReadOnlyPersistenceContext;

/**
 * The pages members read most run each in one read-only transaction: every service the page calls joins it, so a page
 * takes one connection from the pool and one persistence context instead of one of each per call. The member's home
 * made about 25 transactions and 49 statements, now one and 31: an account or cohort read by several calls is read once
 * (issue 27, docs/benchmarks.md).
 *
 * <p>Only a GET or HEAD of the pages in {@link #VIEWS}, which only read: the transaction is always rolled back, so an
 * entity changed by mistake while a page renders is never written, and nothing is acknowledged before it is stored.
 * What such a page must write anyway (the audit log) runs in a transaction of its own ({@code REQUIRES_NEW}), which
 * needs a second connection while the page holds one. So at most {@link #PAGES_AT_ONCE} pages hold a connection at
 * once, fewer than the pool has: pages cannot take every connection and then wait for one more. A page beyond them
 * waits for its turn (at most {@link #WAIT_SECONDS} s, then it runs as any other page, a transaction per call).
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageReadTransaction extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(PageReadTransaction.class.getName());

    /** Pages whose GET only reads (each checked: no call on their way writes in the caller's transaction). */
    static final Set<String> VIEWS = Set.of(
            "/member/home.xhtml",
            "/member/goals.xhtml",
            "/member/progress.xhtml",
            "/account/profile.xhtml",
            "/catalogue.xhtml",
            "/cohort.xhtml");

    /** Connections the pool keeps for everything but these pages: other requests and the pages' own transactions. */
    static final int KEPT_FOR_OTHERS = 8;

    static final int PAGES_AT_ONCE = ApplicationStartup.MAX_CONNECTIONS - KEPT_FOR_OTHERS;

    static final int WAIT_SECONDS = 10;

    private static final Semaphore TURNS = new Semaphore(PAGES_AT_ONCE, true);

    @Resource
    transient UserTransaction transaction;

    @Inject
    transient ReadOnlyPersistenceContext persistence;

    static boolean isPageRead(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && VIEWS.contains(request.getServletPath());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPageRead(request) || !turn()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (!begin()) {
                chain.doFilter(request, response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                end();
            }
        } finally {
            TURNS.release();
        }
    }

    private static boolean turn() {
        try {
            return TURNS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Begins the page's transaction; false (and the page runs without one) when one is already running. */
    private boolean begin() throws ServletException {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return false;
            }
            transaction.begin();
            persistence.noFlushBeforeQueries();
            return true;
        } catch (Exception failed) {
            throw new ServletException("could not begin the page's transaction", failed);
        }
    }

    private void end() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException failed) {
            LOG.log(Level.WARNING, "The page's read-only transaction could not be ended", failed);
        }
    }
}
