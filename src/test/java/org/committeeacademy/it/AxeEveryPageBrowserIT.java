package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 24: every page of each role's journeys passes axe-core (WCAG 2.0/2.1 A and AA, every impact) at 1280 px and
 * at 360 px, and no page scrolls sideways on a phone. Signed in as the demo account of the role, the test starts at
 * the role's home page and follows every link of our own pages (menus, lists, "open" links with their real ids), one
 * instance of each page; one browser per role. On each page, every dialog (the confirmations before destructive
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

    private final Set<String> openedStates = new LinkedHashSet<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "anonymous, /index.xhtml, 5",
        "member@example.org, /member/home.xhtml, 12",
        "trainer@example.org, /trainer/home.xhtml, 10",
        "staff@example.org, /staff/home.xhtml, 20",
        "coordinator@example.org, /coordinator/home.xhtml, 6",
        "admin@example.org, /admin/accounts.xhtml, 15"
    })
    void everyPageOfTheRolePassesAxeAtBothWidthsAndFitsAPhone(String account, String home, int atLeast)
            throws IOException {
        if (!"anonymous".equals(account)) {
            LoginPage.open(driver, base).logIn(account, DEMO_PASSWORD);
        }
        String axe = axeScript();
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        List<String> failures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(home));
        while (!queue.isEmpty() && seen.size() < 70) {
            String page = queue.poll();
            if (!seen.add(page.split("\\?")[0])) {
                continue;
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(base + page);
            check(axe, page, 1280, failures);
            openStates(axe, page, 1280, failures);
            for (Object link : (List<?>) driver.executeScript(LINKS)) {
                String path = link.toString();
                if (path.split("\\?")[0].endsWith(".xhtml")
                        && !NOT_A_PAGE.matcher(path).find()
                        && !seen.contains(path.split("\\?")[0])) {
                    queue.add(path);
                }
            }
            driver.manage().window().setSize(new Dimension(360, 780));
            // loaded again as a phone loads it: PrimeFaces widgets choose their phone form (e.g. the date picker's
            // touch layout) when the page starts, and one switched by a resize of an open page cannot open
            driver.navigate().refresh();
            check(axe, page, 360, failures);
            openStates(axe, page, 360, failures);
            Object widths =
                    driver.executeScript("return document.documentElement.scrollWidth + ' > ' + window.innerWidth;");
            String[] w = widths.toString().split(" > ");
            if (Integer.parseInt(w[0]) > Integer.parseInt(w[1])) {
                failures.add(page + " at 360 px scrolls sideways: " + widths);
            }
        }
        assertTrue(seen.size() >= atLeast, account + " reached only " + seen);
        if ("staff@example.org".equals(account)) {
            assertTrue(openedStates.size() >= 3, "dialogs and date pickers were opened: " + openedStates);
        }
        assertTrue(failures.isEmpty(), account + ", " + seen.size() + " pages:\n" + String.join("\n", failures));
    }

    /** Message boxes, which no page shows before a form is sent: PrimeFaces' own markup failed axe there. */
    @Test
    void aRefusedSignInShowsItsMessageBoxWithoutViolations() throws IOException {
        LoginPage login = LoginPage.open(driver, base);
        login.logIn("nobody-axe@example.org", "not the password");
        assertTrue(login.errorMessage().contains("Passwort"), "the refusal is shown");
        String axe = axeScript();
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        List<String> failures = new ArrayList<>();
        check(axe, "/login.xhtml after a wrong password", 1280, failures);
        driver.manage().window().setSize(new Dimension(360, 780));
        check(axe, "/login.xhtml after a wrong password", 360, failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void check(String axe, String page, int width, List<String> failures) {
        check(driver, axe, page + " at " + width + " px", failures);
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

    /** The element a widget {@code w} shows: a dialog's own, a date picker's calendar panel. */
    private static final String PANEL = "const panel = () => (W.DatePicker && w instanceof W.DatePicker)"
            + " ? (document.getElementById(w.id + '_panel') || document.querySelector('.p-datepicker-panel')"
            + " || document.querySelector('.ui-datepicker')) : w.jq[0];";

    /** The page's dialogs and date pickers (PrimeFaces widgets), by widget name. */
    private static final String STATES = "if (!window.PrimeFaces || !PrimeFaces.widgets) { return []; }"
            + "const W = PrimeFaces.widget;"
            + "return Object.keys(PrimeFaces.widgets).filter(k => { const w = PrimeFaces.widgets[k];"
            + " return (W.Dialog && w instanceof W.Dialog) || (W.ConfirmDialog && w instanceof W.ConfirmDialog)"
            + " || (W.DatePicker && w instanceof W.DatePicker && !w.cfg.inline"
            // a picker whose field is folded away (a closed form section on a phone) cannot open
            + " && w.input && w.input[0].getClientRects().length > 0); });";

    /**
     * Opens the widget as a person would see it: a dialog, a global confirmation with a question (the question of a
     * real button is only in its click handler), a date picker's calendar; answers the element to check.
     */
    private static final String OPEN = "const w = PrimeFaces.widgets[arguments[0]]; const W = PrimeFaces.widget;"
            + "const done = arguments[arguments.length - 1];"
            + "if (W.DatePicker && w instanceof W.DatePicker) { const p = w.jq.data('primeDatePicker');"
            + " if (p) { p.showOverlay(); } else { w.input.trigger('focus'); } }"
            + "else if (W.ConfirmDialog && w instanceof W.ConfirmDialog && w.cfg.global) {"
            + " PrimeFaces.confirm({message: 'Wirklich löschen?', header: 'Bitte bestätigen',"
            + " icon: 'pi pi-exclamation-triangle', source: document.body}); }"
            + "else { w.show(); }"
            + PANEL
            // a fixed dialog has no offsetParent; a busy machine may take seconds for the opening transition
            + "const shown = p => p && p.getClientRects().length > 0 && getComputedStyle(p).visibility !== 'hidden';"
            + "const started = Date.now();"
            + "const look = () => { const p = panel(); if (shown(p)) { setTimeout(() => done(p), 300); }"
            + " else if (Date.now() - started > 10000) { const p = panel(); done(p ? 'not shown: ' + p.id + ' class='"
            + " + p.className + ' display=' + getComputedStyle(p).display + ' visibility='"
            + " + getComputedStyle(p).visibility + ' rects=' + p.getClientRects().length : 'no panel'); }"
            + " else { setTimeout(look, 100); } };"
            + "look();";

    /** Closes the widget and answers once it is hidden (its closing transition over), at most after 5 s. */
    private static final String CLOSE = "const w = PrimeFaces.widgets[arguments[0]]; const W = PrimeFaces.widget;"
            + "const done = arguments[arguments.length - 1]; w.hide();"
            + "if (window.PrimeFaces.confirmDialog === w) { PrimeFaces.confirmSource = null; }"
            + PANEL
            + "const gone = p => !p || p.getClientRects().length === 0 || getComputedStyle(p).visibility === 'hidden';"
            + "const started = Date.now();"
            + "const look = () => { if (gone(panel()) || Date.now() - started > 5000) { setTimeout(done, 50); }"
            + " else { setTimeout(look, 50); } };"
            + "look();";

    /** Each dialog and date picker of the page opened, checked (inside it) and closed again. */
    private void openStates(String axe, String page, int width, List<String> failures) {
        for (Object name : (List<?>) driver.executeScript(STATES)) {
            Object panel = driver.executeAsyncScript(OPEN, name);
            String what = page + " with " + name + " open at " + width + " px";
            if (panel == null || panel instanceof String) {
                failures.add(what + ": it did not open (" + panel + ")");
            } else {
                check(driver, axe, what, failures, panel);
                openedStates.add(name.toString());
            }
            driver.executeAsyncScript(CLOSE, name);
        }
    }

    static String axeScript() throws IOException {
        try (InputStream in = AxeEveryPageBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
