package org.committeeacademy.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A PrimeFaces select-one menu, chosen from as a person does: open it, click the option, see the label change. A
 * click that lands while the panel is still opening or being placed is sometimes lost; a person then simply opens the
 * menu again, and so does this.
 */
final class OneMenu {

    private static final int ATTEMPTS = 3;

    private OneMenu() {}

    static void choose(WebDriver driver, String menuId, String label) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (label.equals(driver.findElement(shown).getText())) {
                    return;
                }
                driver.findElement(By.id(menuId)).click();
                wait.until(ExpectedConditions.elementToBeClickable(option)).click();
                wait.until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (WebDriverException lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
                // the panel may still be open: Escape closes it before the next try
                new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            }
        }
    }
}
