package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 24: every page of each role's journeys passes axe-core (WCAG 2.0/2.1 A and AA, every impact) at 1280 px and
 * at 360 px, and no page scrolls sideways on a phone. Signed in as the demo account of the role, the test starts at
 * the role's home page and follows every link of our own pages (menus, lists, "open" links with their real ids), one
 * instance of each page; one browser per role, two roles at a time. On each page, every dialog (the confirmations before destructive
 * actions, the roster's and rooms' dialogs) and every date picker is opened in turn, checked, and closed again.
 * The pages reached by a link in a mail are in {@link AxeTokenPagesBrowserIT}.
 */
class AxeEveryPageBrowserIT extends BrowserTestBase {

    /** Links that are no page to check: sign-out, file exports, the language switch, one-time links, the API. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "logout|/api/|export|download|\\.(ics|pdf|csv|xlsx)|[?&]lang=|/error/|verify\\.xhtml\\?|password-reset"
                    + "|interest-confirm|invitation\\.xhtml|join\\.xhtml|/calendar/feed");

    static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + "const where = arguments.length > 1 && arguments[0] ? arguments[0] : document;"
            + "axe.run(where, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
            + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))"
            + ".catch(e => done(['axe failed: ' + e]));";

    /** Whether axe-core is in the page already (an earlier check of the same page load put it there). */
    private static final String HAS_AXE = "return typeof window.axe !== 'undefined';";

    private static final String LINKS = "return [...document.querySelectorAll('a[href]')]"
            + ".map(a => a.href).filter(h => h.startsWith(location.origin + '/'))"
            + ".map(h => h.substring(location.origin.length).split('#')[0]);";

    /**
     * Pages that show every signed-in person the same content: checked for the first signed-in role that reaches them
     * (their menus are each role's, and each role's own pages check those).
     */
    private static final Set<String> SAME_FOR_EVERY_ROLE = Set.of(
            "/privacy.xhtml", "/accessibility.xhtml", "/glossary.xhtml", "/module-material.xhtml", "/interest.xhtml");

    /** A role's demo account (none: not signed in), where it starts, and how many pages it reaches at least. */
    private record Role(String account, String home, int atLeast) {}

    /** The longest crawls first, so that the two lanes end at about the same time. */
    private static final List<Role> ROLES = List.of(
            new Role("staff@example.org", "/staff/home.xhtml", 20),
            new Role("admin@example.org", "/admin/accounts.xhtml", 15),
            new Role("member@example.org", "/member/home.xhtml", 12),
            new Role("trainer@example.org", "/trainer/home.xhtml", 10),
            new Role("coordinator@example.org", "/coordinator/home.xhtml", 6),
            new Role(null, "/index.xhtml", 5));

    private final Set<String> checkedSignedIn = ConcurrentHashMap.newKeySet();

    /** The roles' crawls run in two browsers at once: axe-core keeps one core busy in each, the server little. */
    @Test
    void everyPageOfEachRolePassesAxeAtBothWidthsAndFitsAPhone() throws Exception {
        String axe = axeScript();
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> crawls = ROLES.stream()
                    .map(role -> lanes.submit(() -> crawl(role, axe)))
                    .toList();
            List<String> problems = new ArrayList<>();
            for (Future<String> crawl : crawls) {
                String problem = crawl.get(30, TimeUnit.MINUTES);
                if (!problem.isEmpty()) {
                    problems.add(problem);
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n\n", problems));
        } finally {
            lanes.shutdownNow();
        }
    }

    /** One role's pages in a browser of its own; what is wrong with them, or nothing. */
    private String crawl(Role role, String axe) throws IOException {
        ChromeDriver browser = Browser.start(url.getHost());
        try {
            String who = role.account() == null ? "anonymous" : role.account();
            if (role.account() != null) {
                LoginPage.open(browser, base).logIn(role.account(), DEMO_PASSWORD);
            }
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            List<String> failures = new ArrayList<>();
            Set<String> opened = new LinkedHashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(role.home()));
            while (!queue.isEmpty() && seen.size() < 70) {
                String page = queue.poll();
                String path = page.split("\\?")[0];
                if (!seen.add(path)) {
                    continue;
                }
                boolean toCheck =
                        role.account() == null || !SAME_FOR_EVERY_ROLE.contains(path) || checkedSignedIn.add(path);
                browser.manage().window().setSize(new Dimension(1280, 900));
                browser.get(base + page);
                if (toCheck) {
                    check(browser, axe, page + " at 1280 px", failures);
                    AxeWidgets.openStates(browser, axe, page, 1280, failures, opened);
                }
                for (Object link : (List<?>) browser.executeScript(LINKS)) {
                    String to = link.toString();
                    if (to.split("\\?")[0].endsWith(".xhtml")
                            && !NOT_A_PAGE.matcher(to).find()
                            && !seen.contains(to.split("\\?")[0])) {
                        queue.add(to);
                    }
                }
                if (toCheck) {
                    atPhoneWidth(browser, axe, page, failures, opened);
                }
            }
            List<String> problems = new ArrayList<>();
            if (seen.size() < role.atLeast()) {
                problems.add(who + " reached only " + seen);
            }
            if ("staff@example.org".equals(role.account()) && opened.size() < 3) {
                problems.add("dialogs and date pickers were opened for staff: " + opened);
            }
            if (!failures.isEmpty()) {
                problems.add(who + ", " + seen.size() + " pages:\n" + String.join("\n", failures));
            }
            return String.join("\n", problems);
        } finally {
            browser.quit();
        }
    }

    /** The page at 360 px: checked, its dialogs and date pickers opened, and it must not scroll sideways. */
    private static void atPhoneWidth(
            ChromeDriver browser, String axe, String page, List<String> failures, Set<String> opened) {
        browser.manage().window().setSize(new Dimension(360, 780));
        // loaded again as a phone loads it: PrimeFaces widgets choose their phone form (e.g. the date picker's
        // touch layout) when the page starts, and one switched by a resize of an open page cannot open
        browser.navigate().refresh();
        check(browser, axe, page + " at 360 px", failures);
        AxeWidgets.openStates(browser, axe, page, 360, failures, opened);
        Object widths =
                browser.executeScript("return document.documentElement.scrollWidth + ' > ' + window.innerWidth;");
        String[] w = widths.toString().split(" > ");
        if (Integer.parseInt(w[0]) > Integer.parseInt(w[1])) {
            failures.add(page + " at 360 px scrolls sideways: " + widths);
        }
    }

    /** Message boxes, which no page shows before a form is sent: PrimeFaces' own markup failed axe there. */
    @Test
    void aRefusedSignInShowsItsMessageBoxWithoutViolations() throws IOException {
        LoginPage login = LoginPage.open(driver, base);
        login.logIn("nobody-axe@example.org", "not the password");
        assertTrue(login.errorMessage().contains("Passwort"), "the refusal is shown");
        String axe = axeScript();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        List<String> failures = new ArrayList<>();
        check(driver, axe, "/login.xhtml after a wrong password at 1280 px", failures);
        driver.manage().window().setSize(new Dimension(360, 780));
        check(driver, axe, "/login.xhtml after a wrong password at 360 px", failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** axe-core on the page as it is now, or only inside {@code within} (an element), into failures. */
    static void check(ChromeDriver driver, String axe, String what, List<String> failures, Object... within) {
        if (!Boolean.TRUE.equals(driver.executeScript(HAS_AXE))) {
            driver.executeScript(axe);
        }
        Object[] arguments = within.length == 0 ? new Object[0] : new Object[] {within[0]};
        for (Object violation : (List<?>) driver.executeAsyncScript(RUN_AXE, arguments)) {
            failures.add(what + ": " + violation);
        }
    }

    static String axeScript() throws IOException {
        try (InputStream in = AxeEveryPageBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
