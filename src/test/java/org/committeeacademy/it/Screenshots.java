package org.committeeacademy.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots under docs/screenshots (run by bin/screenshots against a running application with the demo data):
 * signs in as each role and saves its main pages at 1280 and 360 px wide as docs/screenshots/&lt;role&gt;/&lt;page&gt;-&lt;width&gt;.png,
 * then writes docs/screenshots/README.md, the index. A page that needs an id is reached through the first link of
 * that kind on the page before it, as a person would.
 */
public final class Screenshots {

    private static final String PASSWORD = "demo-password-2027";
    private static final int[][] SIZES = {{1280, 1000}, {360, 800}};

    /** A page: its file name, its address (or the page to find the link on), and the link to follow, if any. */
    record Page(String name, String title, String path, String link) {

        Page(String name, String title, String path) {
            this(name, title, path, null);
        }
    }

    record Role(String key, String title, String email, List<Page> pages) {}

    static final List<Role> ROLES = List.of(
            new Role(
                    "visitor",
                    "Visitor (not signed in)",
                    null,
                    List.of(
                            new Page("start", "Start page", "/index.xhtml"),
                            new Page("catalogue", "Course catalogue", "/catalogue.xhtml"),
                            new Page(
                                    "course",
                                    "A course and its enrolment",
                                    "/catalogue.xhtml",
                                    "a[href*='cohort.xhtml?id=']"),
                            new Page("login", "Sign in", "/login.xhtml"))),
            new Role(
                    "member",
                    "Member",
                    "member@example.org",
                    List.of(
                            new Page("my-courses", "My courses", "/member/home.xhtml"),
                            new Page("worksheet", "A worksheet", "/member/home.xhtml", "a.worksheet-link"),
                            new Page("progress", "My progress", "/member/progress.xhtml"),
                            new Page("goals", "My goals", "/member/goals.xhtml"))),
            new Role(
                    "trainer",
                    "Trainer",
                    "trainer@example.org",
                    List.of(
                            new Page("home", "Trainer home", "/trainer/home.xhtml"),
                            new Page("attendance", "Taking attendance", "/trainer/today.xhtml"),
                            new Page(
                                    "roster",
                                    "A course's participants",
                                    "/trainer/home.xhtml",
                                    "a[href*='roster.xhtml?id=']"),
                            new Page(
                                    "worksheets",
                                    "Worksheets to review",
                                    "/trainer/home.xhtml",
                                    "a[href*='worksheets.xhtml']"))),
            new Role(
                    "staff",
                    "VHS staff",
                    "staff@example.org",
                    List.of(
                            new Page("home", "Staff home", "/staff/home.xhtml"),
                            new Page("cohorts", "Courses", "/staff/cohorts.xhtml"),
                            new Page("cohort", "A course", "/staff/cohorts.xhtml", "a[href*='cohort.xhtml?id=']"),
                            new Page("dashboard", "Dashboard", "/staff/dashboard.xhtml"))),
            new Role(
                    "coordinator",
                    "Coordinator",
                    "coordinator@example.org",
                    List.of(
                            new Page("home", "Coordinator home", "/coordinator/home.xhtml"),
                            new Page("organisations", "Organisations", "/admin/organisations.xhtml"),
                            new Page("curriculum", "Curriculum editor", "/curriculum/edit.xhtml"),
                            new Page("dashboard", "Dashboard", "/staff/dashboard.xhtml"))),
            new Role(
                    "admin",
                    "Administrator",
                    "admin@example.org",
                    List.of(
                            new Page("accounts", "Accounts", "/admin/accounts.xhtml"),
                            new Page("organisations", "Organisations", "/admin/organisations.xhtml"),
                            new Page("audit", "Audit log", "/admin/audit.xhtml"),
                            new Page("outbox", "Mail outbox", "/admin/outbox.xhtml"))));

    private Screenshots() {}

    /** @param args the application's address (default http://localhost:8080) and the folder (docs/screenshots) */
    public static void main(String[] args) throws Exception {
        String base = (args.length > 0 ? args[0] : "http://localhost:8080").replaceAll("/$", "");
        Path folder = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
        List<String> missing = new ArrayList<>();
        ChromeDriver driver = Browser.start(URI.create(base).getHost());
        try {
            for (Role role : ROLES) {
                driver.manage().deleteAllCookies();
                driver.manage().window().setSize(new Dimension(1280, 1000));
                if (role.email() != null) {
                    LoginPage.open(driver, base).logIn(role.email(), PASSWORD);
                    if (driver.getCurrentUrl().contains("login.xhtml")) {
                        throw new IllegalStateException("cannot sign in as " + role.email() + " (demo data?)");
                    }
                }
                Files.createDirectories(folder.resolve(role.key()));
                for (Page page : role.pages()) {
                    if (!shoot(driver, base, folder, role, page)) {
                        missing.add(role.key() + "/" + page.name());
                    }
                }
            }
        } finally {
            driver.quit();
        }
        Files.writeString(folder.resolve("README.md"), index(missing));
        if (!missing.isEmpty()) {
            System.err.println("No link found for: " + missing);
        }
    }

    private static boolean shoot(ChromeDriver driver, String base, Path folder, Role role, Page page)
            throws IOException {
        for (int[] size : SIZES) {
            driver.manage().window().setSize(new Dimension(size[0], size[1]));
            driver.get(base + page.path() + (page.path().contains("?") ? "&" : "?") + "lang=de");
            if (page.link() != null) {
                List<WebElement> links = driver.findElements(By.cssSelector(page.link()));
                if (links.isEmpty()) {
                    return false;
                }
                driver.get(links.get(0).getAttribute("href"));
            }
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
            driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
            Path file = folder.resolve(role.key()).resolve(page.name() + "-" + size[0] + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            System.out.println(file);
        }
        return true;
    }

    private static String index(List<String> missing) {
        StringBuilder md = new StringBuilder("""
                # Screenshots

                The main pages of each role with the demo data, in German, at 1280 px (desktop) and 360 px (phone)
                wide, made by `bin/screenshots` (see the README). Each image shows what fits in one window
                (1280 × 1000 and 360 × 800).

                """);
        for (Role role : ROLES) {
            md.append("## ").append(role.title()).append("\n\n| Page | 1280 px | 360 px |\n|---|---|---|\n");
            for (Page page : role.pages()) {
                if (missing.contains(role.key() + "/" + page.name())) {
                    continue;
                }
                String file = role.key() + "/" + page.name();
                md.append("| ")
                        .append(page.title())
                        .append(" | [desktop](")
                        .append(file)
                        .append("-1280.png) | [phone](")
                        .append(file)
                        .append("-360.png) |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
