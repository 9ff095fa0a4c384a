package org.committeeacademy.material.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.web.ContentTooLarge;

/**
 * Refuses a multipart request whose declared length is beyond the upload limit before anything reads it, so an
 * oversized body never reaches the container's temporary files. The materials code still counts every byte it
 * stores (a body without a declared length is checked there); this filter only saves the server the work.
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml"})
public class UploadSizeFilter extends HttpFilter {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long ENVELOPE_BYTES = 1024L * 1024L;

    @Inject
    transient Messages messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        long limit = AcademySettings.current().uploadMaxBytes() + ENVELOPE_BYTES;
        if (multipart && request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentTooLarge.answer(request, response, messages, "material.upload.tooLarge", true);
    }
}
