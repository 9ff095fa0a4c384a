package org.committeeacademy.shared.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The body of every API error: status, title, a detail a person understands, and field errors for validation. */
@JsonbPropertyOrder({"status", "title", "detail", "errors"})
@JsonbNillable(false)
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {}
}
