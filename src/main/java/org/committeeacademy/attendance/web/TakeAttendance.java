package org.committeeacademy.attendance.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.attendance.application.AttendanceBook;
import org.committeeacademy.attendance.application.SessionSheet;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;

/**
 * Taking attendance in the room: the trainer's sessions today (/trainer/today.xhtml), or one session for its trainers
 * and staff (/team/attendance.xhtml?session=). Each tap is saved at once; the row shows whether it was.
 */
@Named
@ViewScoped
public class TakeAttendance implements Serializable {

    @Inject
    AttendanceBook book;

    @Inject
    PageMessages messages;

    private String sessionParam;
    private Long sessionId;
    private transient List<SessionSheet> sheets;
    private final Set<String> saved = new HashSet<>();
    private final Map<String, String> failed = new HashMap<>();

    public void loadToday() {
        sessionId = null;
        sheets = book.today();
    }

    /** One session by id; a bad id, or a session the caller does not teach, answers 404. */
    public void loadSession() throws IOException {
        try {
            sessionId = Long.parseLong(sessionParam == null ? "" : sessionParam.strip());
            sheets = List.of(book.sheet(sessionId));
        } catch (NotFoundException | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void mark(long session, long memberId, String status) {
        String key = key(session, memberId);
        Optional<String> refusal = messages.refusal(
                () -> book.mark(session, memberId, AttendanceStatus.valueOf(status)),
                Refusals.onPage().gone("attendance.sessionGone"));
        if (refusal.isPresent()) {
            refused(key, refusal.get());
        } else {
            failed.remove(key);
            saved.add(key);
        }
        sheets = null;
    }

    /** Confirms the proposal from the online room: who pressed "Teilnehmen" and is unmarked becomes present. */
    public void confirmJoined(long session) {
        Optional<String> refusal = messages.refusal(
                () -> book.confirmJoined(session).stream()
                        .filter(r -> r.joinedOnline())
                        .forEach(r -> saved.add(key(session, r.memberId()))),
                Refusals.onPage().gone("attendance.sessionGone"));
        if (refusal.isPresent()) {
            messages.error(null, "attendance.notSaved.detail", refusal.get());
        } else {
            messages.info("attendance.joined.confirmed");
        }
        sheets = null;
    }

    private void refused(String key, String reason) {
        saved.remove(key);
        failed.put(key, reason);
        messages.error(null, "attendance.notSaved.detail", reason);
    }

    public List<SessionSheet> getSheets() {
        if (sheets == null) {
            List<SessionSheet> fresh = new ArrayList<>();
            if (sessionId == null) {
                fresh.addAll(book.today());
            } else {
                fresh.add(book.sheet(sessionId));
            }
            sheets = fresh;
        }
        return sheets;
    }

    public boolean isSaved(long session, long memberId) {
        return saved.contains(key(session, memberId));
    }

    /** Why the server refused the last tap on this row, or null. */
    public String failure(long session, long memberId) {
        return failed.get(key(session, memberId));
    }

    private static String key(long session, long memberId) {
        return session + ":" + memberId;
    }

    public String getSessionParam() {
        return sessionParam;
    }

    public void setSessionParam(String sessionParam) {
        this.sessionParam = sessionParam;
    }

    public boolean isSingleSession() {
        return sessionId != null;
    }
}
