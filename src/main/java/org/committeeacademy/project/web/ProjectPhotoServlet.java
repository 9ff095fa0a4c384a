package org.committeeacademy.project.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.committeeacademy.project.application.Projects;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Sends an update's photo to a signed-in page user who sees the project (the API wants HTTP Basic, the pages have a
 * session). Lies under /project/ so web.xml's constraint applies; Projects decides who sees which project.
 */
@WebServlet(urlPatterns = "/project/photo")
public class ProjectPhotoServlet extends HttpServlet {

    @Inject
    transient Projects projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Photo photo;
        try {
            long project = Long.parseLong(
                    String.valueOf(request.getParameter("project")).strip());
            long id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            photo = projects.photo(project, id);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.bytes().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(photo.bytes());
    }
}
