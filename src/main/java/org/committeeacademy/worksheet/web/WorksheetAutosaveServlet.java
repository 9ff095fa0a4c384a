package org.committeeacademy.worksheet.web;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.StaleVersionException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.rest.Problems;
import org.committeeacademy.worksheet.application.WorksheetView;
import org.committeeacademy.worksheet.application.Worksheets;

/**
 * The worksheet page's autosave: {@code POST {answers}} with the page's session (the API wants HTTP Basic). Not under
 * /member/ on purpose: there an expired session would be redirected to the login page, which would then remember
 * this address as the page to return to; here it answers 401 and the page keeps the input. Worksheets decides who
 * may save. The custom header keeps other sites' forms out (they cannot set it without a CORS preflight).
 */
@WebServlet(urlPatterns = "/worksheet-autosave")
public class WorksheetAutosaveServlet extends HttpServlet {

    private static final int MAX_BODY = 1_000_000;

    @Inject
    transient Worksheets worksheets;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Messages messages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!"autosave".equals(request.getHeader("X-Requested-With")) || request.getContentLength() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (currentUser.account().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
            JsonObject body = Jsons.createReader(
                            new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8))
                    .readObject();
            JsonValue answers = body.get("answers");
            if (answers == null || answers.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException("answers", "worksheet.answers.required");
            }
            Long version = body.get("version") instanceof JsonNumber n ? n.longValue() : null;
            WorksheetView saved = worksheets.save(
                    id, answers.asJsonObject(), currentUser.require().language(), version);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Jsons.createObjectBuilder()
                            .add("savedAt", saved.savedAt().toString())
                            .add("version", saved.version())
                            .build()
                            .toString());
        } catch (NotFoundException | AccessDeniedException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (StaleVersionException e) {
            problem(response, 412, messages.text(currentUser.require().language(), e.messageKey(), e.arguments()));
        } catch (ConflictException e) {
            problem(response, 409, text(e.messageKey()));
        } catch (ValidationException e) {
            problem(response, 400, text(e.violations().get(0).messageKey()));
        } catch (JsonException | IllegalStateException e) {
            problem(response, 400, text("worksheet.answers.required"));
        }
    }

    private String text(String key) {
        return messages.text(currentUser.require().language(), key);
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Jsons.createObjectBuilder()
                        .add("status", status)
                        .add("detail", detail)
                        .build()
                        .toString());
    }
}
