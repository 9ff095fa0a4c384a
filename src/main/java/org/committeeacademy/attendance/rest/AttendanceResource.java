package org.committeeacademy.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.committeeacademy.attendance.application.AttendanceBook;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A session's attendance, for its trainers (the session's or the cohort's) and staff; a session the caller does not
 * teach answers 404, a member not seated in the cohort 400, a trainer's change after the correction window 409.
 */
@Tag(name = "Attendance")
@Path("/sessions/{id}/attendance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRAINER_NAME, Role.STAFF_NAME, Role.ADMIN_NAME})
public class AttendanceResource {

    @Inject
    AttendanceBook book;

    @Operation(operationId = "listAttendance", summary = "List a session's attendance sheet")
    @GET
    public List<AttendanceRowDto> list(@PathParam("id") long sessionId) {
        return book.sheet(sessionId).rows().stream().map(AttendanceRowDto::of).toList();
    }

    /** Marks each listed member, all or nothing; answers the session's whole list. */
    @Operation(operationId = "markAttendance", summary = "Record attendance for a session")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AttendanceRowDto> mark(@PathParam("id") long sessionId, List<MarkDto> marks) {
        if (marks == null || marks.isEmpty()) {
            throw new ValidationException("marks", "attendance.marks.required");
        }
        return book.markAll(sessionId, marks.stream().map(MarkDto::mark).toList()).stream()
                .map(AttendanceRowDto::of)
                .toList();
    }
}
