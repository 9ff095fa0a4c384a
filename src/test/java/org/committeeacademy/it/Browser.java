package org.committeeacademy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium with its driver: nothing is downloaded, nothing leaves the machine. */
final class Browser {

    private Browser() {}

    /**
     * @param host the only host name the browser may resolve (the deployment's); every other name fails without a DNS
     *     query, and DNS-over-HTTPS, safe browsing, translation and other background services stay off.
     */
    static ChromeDriver start(String host) throws IOException {
        Path profile = Files.createTempDirectory("academy-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--no-pings",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-domain-reliability",
                "--disable-client-side-phishing-detection",
                "--disable-breakpad",
                "--dns-prefetch-disable",
                "--disable-features=DnsOverHttps,AsyncDns,OptimizationHints,Translate,MediaRouter,"
                        + "AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE " + host + " , EXCLUDE localhost",
                "--window-size=1280,900",
                "--lang=de-DE",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteQuietly(profile); // 13 MB each: a full run left gigabytes in the temp folder
                }
            }
        };
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // the browser is closed either way; a profile left behind is only disk space
        }
    }
}
