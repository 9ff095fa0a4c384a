package org.committeeacademy.council.application;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.committeeacademy.council.domain.CouncilUnavailableException;

/**
 * Which addresses the OParl client may fetch: by default only https to hosts whose every address is public, so a
 * URL typed by staff cannot make the server call into its own network (loopback, private, link-local, unique local,
 * carrier-grade NAT, multicast, unspecified). Allowing local also allows http, for tests and intranet systems.
 */
public final class OParlAddresses {

    private final boolean allowLocal;

    OParlAddresses(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Refuses the URI unless it may be fetched; resolves the host to check its addresses. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (allowLocal && scheme.equals("http"));
        if (!schemeAllowed || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new CouncilUnavailableException("council.error.address", "refused URL " + uri);
        }
        if (allowLocal) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new CouncilUnavailableException("council.error.unreachable", "unknown host " + uri.getHost(), e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new CouncilUnavailableException(
                        "council.error.address", uri.getHost() + " resolves to a non-public address " + address);
            }
        }
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
            boolean mappedV4 = isMappedV4(b);
            if (uniqueLocal) {
                return false;
            }
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10
        boolean thisNetwork = first == 0;
        boolean reserved = first >= 240;
        return !(carrierNat || thisNetwork || reserved);
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
