package org.committeeacademy.webhook.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.committeeacademy.council.application.OParlAddresses;
import org.committeeacademy.council.application.OParlLimits;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Where webhooks may be sent, with the council client's rules: only https to hosts whose every address is public (no
 * calls into the server's own network); ACADEMY_OPARL_ALLOW_LOCAL=true also allows http and local addresses (tests,
 * intranet receivers). Checked when an endpoint is registered and again before every attempt.
 */
final class WebhookAddresses {

    private WebhookAddresses() {}

    static boolean allowLocal() {
        return OParlLimits.fromSettings().allowLocal();
    }

    /** The URL as it will be called, or a refusal for the field "url". */
    static URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = allowLocal();
        if (!(scheme.equals("https") || (local && scheme.equals("http")))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.toString().length() > 2000) {
            throw new ValidationException("url", "webhook.url.https");
        }
        if (!local) {
            requirePublic(uri.getHost());
        }
        return uri;
    }

    private static void requirePublic(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new ValidationException("url", "webhook.url.unknownHost");
        }
        for (InetAddress address : addresses) {
            if (!OParlAddresses.isPublic(address)) {
                throw new ValidationException("url", "webhook.url.notPublic");
            }
        }
    }
}
