package org.committeeacademy.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The container tests deploy exactly what the build packaged, under its name ROOT (served at "/"). */
final class Deployments {

    private Deployments() {}

    private static final Set<String> ANSWERING = ConcurrentHashMap.newKeySet();

    /**
     * Waits until the server answers GET /health with 200: Payara Micro reports itself started a moment before its
     * HTTP listener takes connections on this machine. Fails after 90 seconds with a clear message.
     */
    static void awaitAnswering(URL base) throws InterruptedException {
        String url = base.toString().replaceAll("/$", "") + "/health";
        if (ANSWERING.contains(url)) {
            return;
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    ANSWERING.add(url);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The test server did not answer " + url + " within 90 seconds");
    }

    static WebArchive packagedApplication() {
        File war = new File(System.getProperty("academy.war", "target/ROOT.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
