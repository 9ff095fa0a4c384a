package org.committeeacademy.material.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.committeeacademy.material.application.CohortMaterials;
import org.committeeacademy.material.application.Download;
import org.committeeacademy.material.application.FileMissingException;
import org.committeeacademy.material.rest.ContentDisposition;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Sends a material's file to a signed-in page user (the API wants HTTP Basic, the pages have a session). Lies under
 * /member/ and /team/ so web.xml's constraints apply; CohortMaterials decides who may have which file.
 */
@WebServlet(urlPatterns = {"/member/material-file", "/team/material-file"})
public class MaterialDownloadServlet extends HttpServlet {

    @Inject
    transient CohortMaterials materials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download download;
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            String v = request.getParameter("version");
            download = materials.download(id, v == null || v.isBlank() ? null : Integer.valueOf(v.strip()));
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (FileMissingException e) {
            // the material exists and the caller may have it, but its file is gone: say so (error/410.xhtml)
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        response.setContentType(download.contentType());
        response.setContentLengthLong(download.size());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(download.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        Files.copy(download.file(), response.getOutputStream());
    }
}
