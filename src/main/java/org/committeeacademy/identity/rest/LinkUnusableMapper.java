package org.committeeacademy.identity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.committeeacademy.identity.domain.LinkUnusableException;
import org.committeeacademy.shared.rest.ApiMessages;
import org.committeeacademy.shared.rest.Problems;

/** An expired, used or unknown link: 410 Gone, the same for all three. */
@Provider
public class LinkUnusableMapper implements ExceptionMapper<LinkUnusableException> {

    @Inject
    ApiMessages messages;

    @Override
    public Response toResponse(LinkUnusableException e) {
        return Problems.response(410, "Gone", messages.text("link.unusable"));
    }
}
