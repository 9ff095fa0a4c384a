package org.committeeacademy.council.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.shared.rest.ApiMessages;
import org.committeeacademy.shared.rest.Problems;

/** A council information system that failed a sync: 502 with the cause in the caller's language. */
@Provider
public class CouncilUnavailableMapper implements ExceptionMapper<CouncilUnavailableException> {

    @Inject
    ApiMessages messages;

    @Override
    public Response toResponse(CouncilUnavailableException e) {
        return Problems.response(502, "Bad Gateway", messages.text(e.messageKey()));
    }
}
