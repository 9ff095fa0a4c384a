package org.committeeacademy.enrolment.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.HistoryLine;
import org.committeeacademy.shared.domain.AcademyTime;

/** Times on the roster as people at the venue read them. */
final class RosterTimes {

    private RosterTimes() {}

    /** Since when the person stands where they stand: their last recorded change, else when they enrolled. */
    static LocalDateTime since(EnrolmentView enrolment) {
        List<HistoryLine> history = enrolment.history();
        return local(
                history.isEmpty()
                        ? enrolment.createdAt()
                        : history.get(history.size() - 1).at());
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, AcademyTime.ZONE);
    }
}
