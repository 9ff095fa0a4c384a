package org.committeeacademy.council;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small OParl 1.1 server for tests, on an ephemeral port of the loopback interface (or of every interface, for a
 * container on the same machine): a System, a Body, its organizations (the council, the Integrationsrat, a
 * faction), the council's meetings in the body's list over two pages, the Integrationsrat's meetings in its own list,
 * and papers with consultations. Asked with {@code modified_since} it answers as after a change: one meeting
 * cancelled, one paper deleted, one paper with a result. It can also misbehave ({@link Mode}).
 */
public final class FakeOParlServer implements AutoCloseable {

    /** How the server answers the lists. */
    public enum Mode {
        NORMAL,
        /** The meeting lists answer after 5 s. */
        SLOW,
        /** The meeting lists answer 500. */
        ERROR,
        /** The meeting lists answer half a JSON document. */
        INVALID_JSON,
        /** The papers list has objects with fields of the wrong type, beside good ones. */
        WRONG_TYPES,
        /** The body's meeting list always has a next page. */
        ENDLESS,
        /** The body's meeting list is one answer of several megabytes. */
        HUGE
    }

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.NORMAL;

    public FakeOParlServer(boolean allInterfaces) throws IOException {
        InetSocketAddress address =
                allInterfaces ? new InetSocketAddress(0) : new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        server = HttpServer.create(address, 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/oparl", this::answer);
        server.start();
    }

    /** The Body's URL, with the given host (e.g. one the container can reach). */
    public String bodyUrl(String host) {
        return base(host) + "/body/1";
    }

    public String bodyUrl() {
        return bodyUrl("127.0.0.1");
    }

    public String base(String host) {
        return "http://" + host + ":" + server.getAddress().getPort() + "/oparl/v1";
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        String host = exchange.getRequestHeaders().getFirst("Host");
        String base = "http://" + host + "/oparl/v1";
        boolean changes = query != null && query.contains("modified_since=");
        int page = query != null && query.contains("page=")
                ? Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1"))
                : 1;
        try {
            boolean meetings = path.endsWith("/meetings");
            if (meetings && mode == Mode.SLOW) {
                Thread.sleep(5000);
            }
            if (meetings && mode == Mode.ERROR) {
                send(exchange, 500, "{\"error\": \"database down\"}");
                return;
            }
            if (meetings && mode == Mode.INVALID_JSON) {
                send(exchange, 200, "{\"data\": [{\"id\": \"x\", ");
                return;
            }
            String body =
                    switch (path) {
                        case "/oparl/v1/system" -> OParlFixtures.system(base);
                        case "/oparl/v1/body/1" -> OParlFixtures.body(base);
                        case "/oparl/v1/body/1/organizations" -> OParlFixtures.organizations(base);
                        case "/oparl/v1/body/1/meetings" -> bodyMeetings(base, page, changes);
                        case "/oparl/v1/organization/2/meetings" -> OParlFixtures.committeeMeetings(base, changes);
                        case "/oparl/v1/body/1/papers" ->
                            mode == Mode.WRONG_TYPES
                                    ? OParlFixtures.wrongPapers(base)
                                    : OParlFixtures.papers(base, changes);
                        default -> null;
                    };
            if (path.equals("/oparl/v1/moved") || path.equals("/oparl/v1/away")) {
                String to = path.endsWith("moved") ? base + "/body/1" : "ftp://" + host + "/body/1";
                exchange.getResponseHeaders().set("Location", to);
                exchange.sendResponseHeaders(path.endsWith("moved") ? 301 : 302, -1);
                exchange.close();
            } else if (body == null) {
                send(exchange, 404, "{\"error\": \"not found\"}");
            } else {
                send(exchange, 200, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout, too large): nothing to answer
        }
    }

    private String bodyMeetings(String base, int page, boolean changes) {
        if (mode == Mode.ENDLESS) {
            return OParlFixtures.list("[]", base + "/body/1/meetings?page=" + (page + 1));
        }
        if (mode == Mode.HUGE) {
            return OParlFixtures.list("[" + "{\"id\": \"x\"},".repeat(300_000) + "{\"id\": \"y\"}]", null);
        }
        return OParlFixtures.councilMeetings(base, page, changes);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
