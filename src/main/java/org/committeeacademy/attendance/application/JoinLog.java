package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.committeeacademy.attendance.domain.JoinRecords;

/** Records a press of "Teilnehmen" in a transaction of its own, so that a failed write never keeps anyone out. */
@ApplicationScoped
public class JoinLog {

    @Inject
    JoinRecords records;

    @Transactional(TxType.REQUIRES_NEW)
    public void record(long sessionId, long memberId, Instant at) {
        records.record(sessionId, memberId, at);
    }
}
