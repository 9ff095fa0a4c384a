package org.committeeacademy.shared.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds application/problem+json answers (RFC 9457 style). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String BASIC_CHALLENGE = "Basic realm=\"Committee Academy\", charset=\"UTF-8\"";

    private Problems() {}

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, null);
    }

    public static Response response(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
                .entity(new Problem(status, title, detail, errors))
                .build();
    }

    /** Written by the authentication mechanism, before JAX-RS is involved. */
    public static void writeUnauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(
                        "{\"status\":401,\"title\":\"Unauthorized\","
                                + "\"detail\":\"Wrong or missing credentials. Use HTTP Basic with your e-mail and password.\"}");
    }
}
