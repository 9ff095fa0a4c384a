package org.committeeacademy.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.enrolment.application.EnrolmentView;
import org.committeeacademy.enrolment.application.HistoryLine;
import org.committeeacademy.enrolment.domain.ChangeCause;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.export.CsvWriter;
import org.junit.jupiter.api.Test;

class RosterSheetTest {

    private static final Instant ENROLLED = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant MOVED_UP = Instant.parse("2027-07-01T14:30:00Z");

    static EnrolmentView enrolment(
            String name, String email, EnrolmentStatus status, int position, Instant... changes) {
        List<HistoryLine> history = Arrays.stream(changes)
                .map(at -> new HistoryLine(at, null, status, ChangeCause.ENROLLED_BY_STAFF, "Stefan Vogel", null, null))
                .toList();
        return new EnrolmentView(
                1,
                7,
                "Bonn",
                "VHS Bonn",
                "",
                null,
                null,
                11,
                name,
                email,
                status,
                position,
                null,
                ENROLLED,
                null,
                false,
                history,
                CohortStatus.OPEN);
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUmlauts() {
        byte[] csv = CsvWriter.write(RosterSheet.of("r", List.of(), Language.DE, key -> key), Locale.GERMAN);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    }

    @Test
    void oneLinePerPersonWithStatusPositionAndSinceInTheVenuesTime() {
        List<EnrolmentView> rows = List.of(
                enrolment("Ayşe Yılmaz", "member@example.org", EnrolmentStatus.CONFIRMED, 0, ENROLLED, MOVED_UP),
                enrolment("Dragan Petrović", "dragan@example.org", EnrolmentStatus.WAITLISTED, 1));

        String csv = new String(
                CsvWriter.write(
                        RosterSheet.of(
                                "r",
                                rows,
                                Language.DE,
                                key -> key.startsWith("enrolmentStatus.")
                                        ? key.substring(16).toLowerCase()
                                        : key),
                        Locale.GERMAN),
                StandardCharsets.UTF_8);

        String[] lines = csv.substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals(
                "\"roster.name\";\"roster.email\";\"roster.status\";\"roster.position\";\"roster.since\"", lines[0]);
        assertEquals(
                "\"Ayşe Yılmaz\";\"member@example.org\";\"confirmed\";\"\";\"01.07.2027, 16:30\"",
                lines[1],
                "since the last change, in summer time at the venue");
        assertEquals(
                "\"Dragan Petrović\";\"dragan@example.org\";\"waitlisted\";\"1\";\"01.03.2027, 10:00\"",
                lines[2],
                "without a recorded change: since enrolling");
    }
}
