package org.committeeacademy.shared.rest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reading what a client still sends after we have decided to refuse it: a server that answers and closes while the
 * body is still coming in leaves the client with a broken connection instead of the answer. Used by the API's size
 * limit before JAX-RS (ApiBodySizeFilter) and by the JSON guard while parsing ({@link JsonBodyGuard}).
 */
public final class RequestBodies {

    /** How much of a body that is refused is read and thrown away at most; beyond it, the connection is closed. */
    public static final long DRAIN_CAP = 16L * 1024 * 1024;

    private RequestBodies() {}

    /** Reads and discards up to {@code cap} bytes; whether the body ended (or the cap was reached) without an error. */
    public static boolean drain(InputStream in, long cap) {
        byte[] buffer = new byte[32 * 1024];
        long read = 0;
        try {
            for (int n = in.read(buffer); n > 0 && read < cap; n = in.read(buffer)) {
                read += n;
            }
            return true;
        } catch (IOException | RuntimeException gone) {
            return false; // the connection is gone, or the body was taken by other means: nothing more to read
        }
    }
}
