package org.committeeacademy.it;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs: the packaged application on Payara Micro, a fresh headless Chromium per test once
 * the server answers, and the browser closed afterwards. Subclasses' own {@code @BeforeEach} methods run after this
 * one's, with {@link #driver} and {@link #base} ready.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTestBase {

    static final String DEMO_PASSWORD = "demo-password-2027";

    @ArquillianResource
    protected URL url;

    /** The application's address without a trailing slash. */
    protected String base;

    protected ChromeDriver driver;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        Deployments.awaitAnswering(url);
        base = url.toString().replaceAll("/$", "");
        driver = Browser.start(url.getHost());
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * A wait that tolerates PrimeFaces replacing the element it looks at: an ajax update swaps the DOM node between
     * finding it and reading it, which is a reason to look again, not a failure.
     */
    protected WebDriverWait wait(int seconds) {
        return (WebDriverWait)
                new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }
}
