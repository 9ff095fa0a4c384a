package org.committeeacademy.cohort.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.cohort.application.CohortDetail.Person;
import org.committeeacademy.cohort.application.CohortDetail.SessionLine;
import org.committeeacademy.cohort.application.SessionRequest;

/** One session as a form edits it: a day and two times instead of two date-times. */
public class SessionForm implements Serializable {

    private String moduleKey;
    private LocalDate day;
    private LocalTime start;
    private LocalTime end;
    private Long roomId;
    private String onlineLink;
    private List<Long> trainerIds = new ArrayList<>();

    public static SessionForm of(SessionRequest request) {
        SessionForm form = new SessionForm();
        form.moduleKey = request.moduleKey();
        form.day = request.start().toLocalDate();
        form.start = request.start().toLocalTime();
        form.end = request.end().toLocalTime();
        form.roomId = request.roomId();
        form.onlineLink = request.onlineLink();
        form.trainerIds = new ArrayList<>(request.trainerIds());
        return form;
    }

    public static SessionForm of(SessionLine line) {
        SessionForm form = new SessionForm();
        form.moduleKey = line.moduleKey();
        form.day = line.start().toLocalDate();
        form.start = line.start().toLocalTime();
        form.end = line.end().toLocalTime();
        form.roomId = line.roomId();
        form.onlineLink = line.onlineLink();
        form.trainerIds =
                new ArrayList<>(line.trainers().stream().map(Person::id).toList());
        return form;
    }

    public SessionRequest toRequest() {
        return new SessionRequest(
                moduleKey,
                day == null || start == null ? null : day.atTime(start),
                day == null || end == null ? null : day.atTime(end),
                roomId,
                onlineLink,
                trainerIds);
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds == null ? new ArrayList<>() : new ArrayList<>(trainerIds);
    }
}
