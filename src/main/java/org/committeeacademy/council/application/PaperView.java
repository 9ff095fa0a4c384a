package org.committeeacademy.council.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A paper with where it was consulted and what came of it (result null while none is published). */
@JsonbNillable
public record PaperView(String oparlId, String name, String reference, List<ConsultationView> consultations)
        implements Serializable {

    /** meeting: the meeting's name (null when the meeting is not one of the imported ones). */
    @JsonbNillable
    public record ConsultationView(
            String meeting, OffsetDateTime start, String result, boolean authoritative, String role)
            implements Serializable {}

    /** Reached a decision: a consultation that decides, or one in the council, has a result. */
    public boolean decided() {
        return consultations.stream()
                .anyMatch(c -> c.result() != null && !c.result().isBlank() && c.authoritative());
    }
}
