package org.committeeacademy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The XSS corpus's hostile payloads and the check that a page shows them as text only. Shared by the corpus ITs. */
final class XssPayloads {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "javascript:alert(3)",
            "#{7*1111111} ${3*3333333}",
            "<svg/onload=alert(5)>",
            "</textarea><b id=xss6>x</b>",
            "'><a href=javascript:alert(7) id=xss7>x</a>");
    /** Elements or values that exist only if a payload was taken as markup or as an expression. */
    private static final String INJECTED =
            "return document.querySelectorAll('img[src=\"x\"], svg[onload], #xss6, #xss7,"
                    + " [onerror], [onload]').length + (document.documentElement.outerHTML.includes('7777777')"
                    + " || document.documentElement.outerHTML.includes('9999999') ? 1000 : 0)";

    private XssPayloads() {}

    /** The text as a JSON string literal (quotes and backslashes escaped). */
    static String json(String text) {
        return Http.parse("[\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]")
                .asJsonArray()
                .get(0)
                .toString();
    }

    /** All payloads in one text, after the run's marker. */
    static String all(String run) {
        return run + " " + String.join(" ", PAYLOADS);
    }

    /**
     * Loads the page and fails on a dialog, an injected element or an evaluated expression.
     *
     * @param shows whether the page surely shows one of this run's payloads (lists may page them away)
     */
    static void check(ChromeDriver driver, String base, String run, String page, boolean shows) {
        driver.get(base + page);
        checkLoaded(driver, run, page, shows);
    }

    /** The same check for the page the browser is on now (after a form was sent). */
    static void checkLoaded(ChromeDriver driver, String run, String page, boolean shows) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError(page + " opened a dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // no script ran
        }
        long injected = ((Number) driver.executeScript(INJECTED)).longValue();
        assertEquals(0, injected, page + ": injected elements or evaluated expressions");
        if (shows) {
            assertTrue(driver.getPageSource().contains(run), page + " does not show the payloads, so it tests nothing");
        }
    }
}
