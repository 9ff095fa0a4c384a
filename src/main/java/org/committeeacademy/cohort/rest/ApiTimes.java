package org.committeeacademy.cohort.rest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ValidationException;

/** Session times in the API: ISO-8601 with offset out; with offset, or as venue wall-clock time, in. */
final class ApiTimes {

    private ApiTimes() {}

    static OffsetDateTime out(LocalDateTime venueTime) {
        return venueTime == null ? null : venueTime.atZone(AcademyTime.ZONE).toOffsetDateTime();
    }

    static LocalDateTime in(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        try {
            return OffsetDateTime.parse(value)
                    .atZoneSameInstant(AcademyTime.ZONE)
                    .toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new ValidationException(field, "api.dateTime.format");
            }
        }
    }

    static <E extends Enum<E>> E enumIn(Class<E> type, String value, String field, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "api.value.unknown");
        }
    }
}
