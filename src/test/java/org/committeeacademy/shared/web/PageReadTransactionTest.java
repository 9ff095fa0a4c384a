package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeeacademy.shared.persistence.ApplicationStartup;
import org.committeeacademy.shared.persistence.ReadOnlyPersistenceContext;
import org.junit.jupiter.api.Test;

/** A member's page read runs in one transaction that writes nothing; everything else as before. */
class PageReadTransactionTest {

    private final List<String> calls = new ArrayList<>();
    private int status = Status.STATUS_NO_TRANSACTION;

    @Test
    void aListedPageIsReadInOneTransactionThatIsRolledBack() throws Exception {
        List<Integer> seenByThePage = new ArrayList<>();
        filter().doFilter(request("GET", "/member/home.xhtml"), response(), (req, res) -> seenByThePage.add(status));

        assertEquals(List.of(Status.STATUS_ACTIVE), seenByThePage);
        assertEquals(List.of("getStatus", "begin", "setFlushMode COMMIT", "getStatus", "rollback"), calls);
        assertEquals(Status.STATUS_NO_TRANSACTION, status);
    }

    @Test
    void aPageThatFailsEndsItsTransactionToo() {
        assertThrows(ServletException.class, () -> filter().doFilter(
                        request("HEAD", "/cohort.xhtml"), response(), (req, res) -> {
                            throw new ServletException("the page failed");
                        }));
        assertTrue(calls.contains("rollback"), calls.toString());
        assertEquals(Status.STATUS_NO_TRANSACTION, status);
    }

    @Test
    void formsOtherPagesAndTheApiRunAsBefore() throws Exception {
        for (HttpServletRequest request : List.of(
                request("POST", "/member/home.xhtml"),
                request("GET", "/member/materials.xhtml"),
                request("GET", "/interest-confirm.xhtml"),
                request("GET", "/api/v1/series"))) {
            filter().doFilter(request, response(), (req, res) -> calls.add("page"));
        }
        assertEquals(List.of("page", "page", "page", "page"), calls);
    }

    @Test
    void aTransactionAlreadyRunningIsLeftAlone() throws Exception {
        status = Status.STATUS_ACTIVE;
        filter().doFilter(request("GET", "/member/goals.xhtml"), response(), (req, res) -> calls.add("page"));
        assertEquals(List.of("getStatus", "page"), calls);
        assertEquals(Status.STATUS_ACTIVE, status);
    }

    @Test
    void pagesLeaveConnectionsForTheCallsThatNeedTheirOwn() {
        assertTrue(PageReadTransaction.PAGES_AT_ONCE >= 8, "pages at once");
        assertEquals(
                ApplicationStartup.MAX_CONNECTIONS,
                PageReadTransaction.PAGES_AT_ONCE + PageReadTransaction.KEPT_FOR_OTHERS);
    }

    private PageReadTransaction filter() {
        PageReadTransaction filter = new PageReadTransaction();
        filter.transaction = (UserTransaction) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {UserTransaction.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    switch (method.getName()) {
                        case "getStatus":
                            return status;
                        case "begin":
                            status = Status.STATUS_ACTIVE;
                            return null;
                        case "rollback":
                            status = Status.STATUS_NO_TRANSACTION;
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        filter.persistence = new ReadOnlyPersistenceContext() {
            @Override
            public void noFlushBeforeQueries() {
                // the page's queries need not flush first: it writes nothing
                assertEquals(Status.STATUS_ACTIVE, status, "outside the page's transaction");
                calls.add("setFlushMode COMMIT");
            }
        };
        return filter;
    }

    private static HttpServletRequest request(String method, String path) {
        Map<String, Object> answers = Map.of("getMethod", method, "getServletPath", path);
        return (HttpServletRequest) Proxy.newProxyInstance(
                PageReadTransactionTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> answers.get(m.getName()));
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                PageReadTransactionTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> null);
    }
}
