package org.committeeacademy.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.curriculum.application.ModuleUnits;

/**
 * The images and sheets of the self-paced units: {@code GET /unit-file?module=KEY&file=units/…}. Curriculum content
 * like the modules' handouts, so open to anyone; only a file a unit of that module names can be read.
 */
@WebServlet(urlPatterns = "/unit-file")
public class UnitFileServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "webp", "image/webp",
            "pdf", "application/pdf",
            "md", "text/markdown; charset=UTF-8",
            "txt", "text/plain; charset=UTF-8");

    @Inject
    transient ModuleUnits units;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String module = request.getParameter("module");
        String file = request.getParameter("file");
        Optional<ModuleUnits.UnitFile> found =
                module == null || file == null ? Optional.empty() : units.file(module, file);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = found.get().name();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (!type.startsWith("image/")) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"");
        }
        response.setContentLength(found.get().content().length);
        response.getOutputStream().write(found.get().content());
    }
}
