package org.committeeacademy.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.i18n.OfferedLanguages;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.rest.Problems;

/**
 * The 413 problem a servlet filter answers for a body over a limit, before JAX-RS or Faces read it: problem JSON with
 * the detail in the caller's language ({@code Accept-Language}, else German).
 */
public final class ContentTooLarge {

    private ContentTooLarge() {}

    /**
     * Writes the answer; with {@code closeConnection} the container closes the connection after it (the body was
     * not read to its end, so the client may still be sending).
     */
    public static void answer(
            HttpServletRequest request,
            HttpServletResponse response,
            Messages messages,
            String detailKey,
            boolean closeConnection)
            throws IOException {
        Language language = request.getHeader("Accept-Language") == null
                ? Language.defaultLanguage()
                : OfferedLanguages.fromCode(request.getLocale().getLanguage()).orElse(Language.defaultLanguage());
        response.setStatus(413);
        if (closeConnection) {
            response.setHeader("Connection", "close");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(Jsons.createObjectBuilder()
                        .add("status", 413)
                        .add("title", "Content Too Large")
                        .add("detail", messages.text(language, detailKey))
                        .build()
                        .toString());
    }
}
