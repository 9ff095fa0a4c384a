package org.committeeacademy.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.rest.RequestBodies;

/**
 * An API body declared larger than ACADEMY_API_MAX_JSON_KB is answered 413 problem+json here, before JAX-RS: a resource
 * that takes no body (or refuses its type) used to answer without reading it, and the container then closed the
 * connection under the client still sending, which saw no answer at all. The body is read and thrown away up to
 * {@link RequestBodies#DRAIN_CAP}, so that the answer reaches the client; beyond that the connection is closed after the answer.
 * A smaller body an answer left unread (an unknown id refused before parsing) is read to its end after the answer.
 * Uploads (multipart, images, octet streams) have their own limit (UploadSizeFilter, the materials and logo code).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBodySizeFilter extends HttpFilter {

    @Inject
    transient Messages messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        long limit = AcademySettings.current().apiMaxJsonBytes();
        boolean upload = isUpload(request.getContentType());
        if (length > limit && !upload) {
            boolean drained =
                    length <= RequestBodies.DRAIN_CAP && RequestBodies.drain(request.getInputStream(), length);
            refuse(request, response, drained);
            return;
        }
        chain.doFilter(request, response);
        if (length != 0 && !upload) {
            // what the answer left unread (a 404 or 403 before the body was parsed): read it here, else the container
            // closes the connection under the client still sending, which then sees no answer at all
            drainQuietly(request, limit);
        }
    }

    private static void drainQuietly(HttpServletRequest request, long limit) {
        try {
            RequestBodies.drain(request.getInputStream(), limit);
        } catch (IOException | RuntimeException readByOtherMeans) {
            // the body was taken as a reader or the connection is gone: nothing to read here
        }
    }

    static boolean isUpload(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/")
                || type.startsWith("image/")
                || type.startsWith("application/octet-stream");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean drained) throws IOException {
        ContentTooLarge.answer(request, response, messages, "api.status.413", !drained);
    }
}
