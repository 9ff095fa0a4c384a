package org.committeeacademy.shared.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.StaleVersionException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.Contention;

/** Turns every failure into problem JSON with a message a person understands; never a stack trace. */
public final class ExceptionMappers {

    private static final System.Logger LOG = System.getLogger(ExceptionMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("(?:property|field|parameter)\\s+'?([A-Za-z0-9_]+)'?");

    private ExceptionMappers() {}

    @Provider
    public static class Validation implements ExceptionMapper<ValidationException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(ValidationException e) {
            List<Problem.FieldError> errors = e.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), messages.text(v.messageKey())))
                    .toList();
            return Problems.response(400, "Bad Request", messages.text("api.validation"), errors);
        }
    }

    @Provider
    public static class BeanValidation implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problems.response(400, "Bad Request", messages.text("api.validation"), errors);
        }

        private static String field(ConstraintViolation<?> violation) {
            String last = "";
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    last = node.getName();
                }
            }
            return last;
        }
    }

    /** Malformed JSON or a value of the wrong type. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(messages, e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(messages, e);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problems.response(403, "Forbidden", messages.text("api.forbidden"));
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFoundException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(NotFoundException e) {
            return Problems.response(404, "Not Found", messages.text("api.notFound"));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(ConflictException e) {
            return Problems.response(409, "Conflict", messages.text(e.messageKey(), e.arguments()));
        }
    }

    /** A PUT with a stale If-Match: 412, naming who changed the object since and when, where known. */
    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(StaleVersionException e) {
            return Response.fromResponse(
                            Problems.response(412, "Precondition Failed", messages.text(e.messageKey(), e.arguments())))
                    .header("ETag", EntityTags.tag(e.currentVersion()))
                    .build();
        }
    }

    /** 401, 403, 404 and 405 raised by JAX-RS itself. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 && e.getCause() != null) {
                return unreadable(messages, e.getCause());
            }
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "Error" : type.getReasonPhrase();
            Response problem = Problems.response(status, title, messages.text("api.status." + status));
            if (status == 401) {
                return Response.fromResponse(problem)
                        .header("WWW-Authenticate", Problems.BASIC_CHALLENGE)
                        .build();
            }
            return problem;
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Inject
        ApiMessages messages;

        @Override
        public Response toResponse(Throwable e) {
            if (Contention.isContention(e)) {
                LOG.log(Level.INFO, "A request waited too long for a lock and was answered 'try again'");
                return Response.fromResponse(Problems.response(503, "Service Unavailable", messages.text("api.busy")))
                        .header("Retry-After", "1")
                        .build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "Unexpected error in the API, incident " + incident, e);
            return Problems.response(500, "Internal Server Error", messages.text("api.unexpected", incident));
        }
    }

    static Response unreadable(ApiMessages messages, Throwable e) {
        String field = null;
        for (Throwable t = e; t != null && field == null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (m != null && m.find()) {
                field = m.group(1);
            }
        }
        if (field == null) {
            return Problems.response(400, "Bad Request", messages.text("api.unreadable"));
        }
        return Problems.response(
                400,
                "Bad Request",
                messages.text("api.unreadable.field", field),
                List.of(new Problem.FieldError(field, messages.text("api.wrongType"))));
    }
}
