package org.committeeacademy.it;

import static org.committeeacademy.it.AttendanceFixture.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member does a unit on the phone (issue 23), one browser for the whole journey: a 360 px window, the unit from the
 * course list, a choice by tapping, a choice by keyboard, a reflection typed and left with Tab; every answer saved on
 * its own; reloaded, the answers are kept; progress shows the unit done. The page passes axe-core and never scrolls
 * sideways.
 */
class UnitJourneyBrowserIT extends BrowserTestBase {

    @Test
    void aMemberDoesAUnitOnThePhone() throws Exception {
        UnitFixture fixture = new UnitFixture(url.toURI());
        driver.manage().window().setSize(new Dimension(360, 800));
        LoginPage.open(driver, base).logIn(fixture.memberEmail, MEMBER_PASSWORD);
        driver.get(base + "/member/home.xhtml");
        WebElement item = driver.findElement(By.cssSelector("li.unit-item[data-unit='" + UnitFixture.UNIT + "']"));
        assertTrue(item.getText().contains("Vorbereitung auf Sitzung 1"), item.getText());
        assertTrue(item.getText().contains("offen"), item.getText());
        item.findElement(By.cssSelector("a.unit-link")).click();
        wait(d -> d.getCurrentUrl().contains("/member/unit.xhtml"));
        assertEquals(
                "Wer entscheidet was in meiner Kommune?",
                driver.findElement(By.id("page-heading")).getText());
        assertNoSidewaysScrolling();
        assertEquals("", axeViolations());

        option("haushalt", "verwaltung").click();
        awaitState("1 von 3");
        assertTrue(feedback("haushalt").contains("Noch nicht ganz"), feedback("haushalt"));
        option("haushalt", "rat").click();
        wait(d -> feedback("haushalt").contains("Richtig"));

        WebElement checkbox = option("ausschuss-kann", "stellungnahme");
        new org.openqa.selenium.interactions.Actions(driver)
                .scrollToElement(checkbox)
                .perform();
        checkbox.sendKeys(Keys.SPACE);
        awaitState("2 von 3");

        WebElement reflection = driver.findElement(By.cssSelector("fieldset[data-question='thema'] textarea"));
        reflection.sendKeys("Die Abendkurse im Stadtteil " + fixture.run);
        reflection.sendKeys(Keys.TAB);
        awaitState("3 von 3");
        assertTrue(driver.findElement(By.id("questions:state")).getText().contains("Lerneinheit erledigt"));
        assertNoSidewaysScrolling();

        driver.navigate().refresh();
        wait(d -> d.findElement(By.id("questions:state")).getText().contains("3 von 3"));
        assertTrue(option("haushalt", "rat").isSelected(), "the choice is kept");
        assertTrue(option("ausschuss-kann", "stellungnahme").isSelected());
        assertEquals(
                "Die Abendkurse im Stadtteil " + fixture.run,
                driver.findElement(By.cssSelector("fieldset[data-question='thema'] textarea"))
                        .getAttribute("value"));

        driver.findElement(By.id("progressLink")).click();
        wait(d -> d.getCurrentUrl().contains("/member/progress.xhtml"));
        String module = driver.findElement(By.cssSelector("[data-module='local-context']"))
                .getText();
        assertTrue(module.contains("Lerneinheiten: 1 von 3 erledigt"), module);
        assertTrue(module.contains("Zahlen über meine Kommune finden"), "the open units are named: " + module);
        assertNoSidewaysScrolling();
    }

    private WebElement option(String question, String value) {
        return driver.findElement(
                By.cssSelector("fieldset[data-question='" + question + "'] input[value='" + value + "']"));
    }

    private String feedback(String question) {
        return driver.findElement(By.cssSelector("fieldset[data-question='" + question + "'] .unit-feedback"))
                .getText();
    }

    private void awaitState(String answered) {
        try {
            wait(d -> d.findElement(By.id("questions:state")).getText().contains(answered));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no \"" + answered + "\" on " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(40))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private void assertNoSidewaysScrolling() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "sideways scrolling at 360 px on " + driver.getCurrentUrl());
    }

    private Object axeViolations() throws IOException {
        String axe;
        try (InputStream in = UnitJourneyBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        return driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                + " 'wcag21aa', 'best-practice']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target)"
                + ".join(' | ')).join('\\n')))"
                + ".catch(e => done('axe failed: ' + e));");
    }
}
