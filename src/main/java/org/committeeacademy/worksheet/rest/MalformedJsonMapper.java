package org.committeeacademy.worksheet.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.committeeacademy.shared.rest.ApiMessages;
import org.committeeacademy.shared.rest.Problems;

/**
 * Malformed JSON sent to a resource that reads JSON-P objects (the worksheet and goal resources, whose answers follow
 * the template rather than a fixed record) is a 400 like malformed JSON anywhere else, not a 500.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Inject
    ApiMessages messages;

    @Override
    public Response toResponse(JsonException e) {
        return Problems.response(400, "Bad Request", messages.text("api.unreadable"));
    }
}
