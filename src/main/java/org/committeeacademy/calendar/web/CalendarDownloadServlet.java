package org.committeeacademy.calendar.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.committeeacademy.calendar.application.Calendars;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Downloads for signed-in page users (the API wants HTTP Basic): {@code /account/calendar.ics} the caller's own
 * sessions, {@code ?cohort=} one cohort's, with the same access rules as the API.
 */
@WebServlet(urlPatterns = "/account/calendar.ics")
public class CalendarDownloadServlet extends HttpServlet {

    @Inject
    transient Calendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = PublicAddress.of(request);
        String cohort = request.getParameter("cohort");
        String calendar;
        String fileName;
        try {
            if (cohort == null || cohort.isBlank()) {
                calendar = calendars.mine(site);
                fileName = "committee-academy.ics";
            } else {
                long id = Long.parseLong(cohort.strip());
                calendar = calendars.cohort(id, site);
                fileName = "cohort-" + id + ".ics";
            }
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(calendar);
    }
}
