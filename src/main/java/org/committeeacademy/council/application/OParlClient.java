package org.committeeacademy.council.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.shared.json.Jsons;

/**
 * Reads OParl 1.0 and 1.1 over HTTP(S) with the JDK's client: one object, or a whole list following
 * {@code links.next}, optionally only what changed since a time ({@code modified_since}, which also brings the
 * deleted objects). Every call is checked ({@link OParlAddresses}), redirects too, and bounded: a connect and a
 * whole-answer timeout, a maximum answer size, a maximum number of pages per list and of objects per sync (one
 * client serves one sync). Any breach, error status or answer that is not JSON aborts with
 * {@link CouncilUnavailableException}.
 */
public final class OParlClient {

    private static final int MAX_REDIRECTS = 5;
    private static final DateTimeFormatter OPARL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final OParlLimits limits;
    private final OParlAddresses addresses;
    private final HttpClient http;
    private int objects;

    public OParlClient(OParlLimits limits) {
        this.limits = limits;
        this.addresses = new OParlAddresses(limits.allowLocal());
        this.http = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One object, e.g. the body. */
    public JsonObject object(String url) {
        JsonValue value = fetch(url);
        if (!(value instanceof JsonObject object)) {
            throw new CouncilUnavailableException("council.error.invalid", url + " did not answer with a JSON object");
        }
        return object;
    }

    /** Every object of a list, page by page; with modifiedSince only those changed (or deleted) since then. */
    public List<JsonObject> list(String url, Instant modifiedSince) {
        List<JsonObject> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String next = modifiedSince == null ? url : withModifiedSince(url, modifiedSince);
        int pages = 0;
        while (next != null) {
            if (++pages > limits.maxPages() || !seen.add(next)) {
                throw new CouncilUnavailableException(
                        "council.error.tooManyPages", "more than " + limits.maxPages() + " pages or a loop at " + next);
            }
            JsonObject page = object(next);
            if (!(page.get("data") instanceof JsonArray data)) {
                throw new CouncilUnavailableException("council.error.invalid", next + " is not an OParl list");
            }
            for (JsonValue item : data) {
                if (++objects > limits.maxObjects()) {
                    throw new CouncilUnavailableException(
                            "council.error.tooManyObjects", "more than " + limits.maxObjects() + " objects");
                }
                if (item instanceof JsonObject object) {
                    all.add(object);
                }
            }
            next = page.get("links") instanceof JsonObject links && links.get("next") instanceof JsonString n
                    ? n.getString()
                    : null;
        }
        return all;
    }

    static String withModifiedSince(String url, Instant since) {
        String value = URLEncoder.encode(OPARL_TIME.format(since.atOffset(ZoneOffset.UTC)), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "modified_since=" + value;
    }

    private JsonValue fetch(String url) {
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            addresses.check(uri);
            HttpResponse<byte[]> answer = send(uri);
            int status = answer.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = answer.headers().firstValue("Location").orElse(null);
                if (location == null || redirects >= MAX_REDIRECTS) {
                    throw new CouncilUnavailableException("council.error.status", "redirect without end at " + uri);
                }
                uri = uri.resolve(parse(location));
                continue;
            }
            if (status != 200) {
                throw new CouncilUnavailableException("council.error.status", "HTTP " + status + " from " + uri);
            }
            try (JsonReader reader = Jsons.createReader(new ByteArrayInputStream(answer.body()))) {
                return reader.readValue();
            } catch (JsonException | IllegalStateException e) {
                throw new CouncilUnavailableException("council.error.invalid", uri + " answered no valid JSON", e);
            }
        }
    }

    private HttpResponse<byte[]> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(limits.readTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "CommitteeAcademy-OParl/1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, limited(limits.maxBytes()));
        try {
            // the request timeout ends at the headers; this bounds the whole answer, a slowly trickling body too
            return answer.get(limits.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new CouncilUnavailableException("council.error.timeout", "no complete answer in time from " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CouncilUnavailableException("council.error.timeout", "interrupted while reading " + uri, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CouncilUnavailableException tooLarge) {
                throw tooLarge;
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new CouncilUnavailableException("council.error.timeout", "timeout at " + uri, cause);
            }
            if (cause != null && cause.getCause() instanceof CouncilUnavailableException tooLarge) {
                throw tooLarge;
            }
            throw new CouncilUnavailableException("council.error.unreachable", uri + ": " + cause, cause);
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new CouncilUnavailableException("council.error.invalid", "not a URL: " + url, e);
        }
    }

    /** Collects the answer, giving up as soon as it exceeds max bytes (announced or received). */
    private static BodyHandler<byte[]> limited(long max) {
        return info -> {
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new LimitedBody(max, announced > max);
        };
    }

    private static final class LimitedBody implements BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long max;
        private final boolean tooLargeAlready;
        private Flow.Subscription subscription;

        LimitedBody(long max, boolean tooLargeAlready) {
            this.max = max;
            this.tooLargeAlready = tooLargeAlready;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (tooLargeAlready) {
                tooLarge();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (result.isDone()) {
                    return;
                }
                if (out.size() + (long) item.remaining() > max) {
                    tooLarge();
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }
        }

        private void tooLarge() {
            subscription.cancel();
            result.completeExceptionally(
                    new CouncilUnavailableException("council.error.tooLarge", "answer larger than " + max + " bytes"));
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
