package org.committeeacademy.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.shared.export.Sheet;

/**
 * The exchange format's column layout (docs/exchange-format.md): three tables — cohorts ("Kurse"), sessions
 * ("Termine"), participants ("Teilnehmende") — with fixed German column names, dates as dd.MM.yyyy, times as HH:mm,
 * and numbers written in German (decimal comma) in CSV. The participants' first three columns are the invitation
 * list's (name, e-mail, language), so the same parser reads the file back.
 */
public final class ExchangeLayout {

    /** Numbers in CSV as German course administrations read them: 2,5 and 120,00. */
    public static final Locale CSV_LOCALE = Locale.GERMANY;

    public static final String PARTICIPANT_CONFIRMED = "angemeldet";
    public static final String PARTICIPANT_WAITING = "Warteliste";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Which table: one CSV file each, one sheet each in the workbook. */
    public enum Part {
        COHORTS("Kurse"),
        SESSIONS("Termine"),
        PARTICIPANTS("Teilnehmende");

        private final String sheetName;

        Part(String sheetName) {
            this.sheetName = sheetName;
        }

        public String sheetName() {
            return sheetName;
        }
    }

    static final List<String> COHORT_COLUMNS = List.of(
            "Kurs-Nr",
            "Kurstitel",
            "Reihe",
            "Veranstaltungsort",
            "Ort",
            "Status",
            "Format",
            "Sprache",
            "Beginn",
            "Ende",
            "Termine",
            "UE",
            "Gebühr",
            "Plätze",
            "Angemeldet",
            "Warteliste");

    static final List<String> SESSION_COLUMNS =
            List.of("Kurs-Nr", "Termin-Nr", "Datum", "Beginn", "Ende", "Minuten", "UE", "Modul", "Raum", "Status");

    public static final List<String> PARTICIPANT_COLUMNS =
            List.of("Name", "E-Mail", "Sprache", "Status", "Wartelistenplatz", "Angemeldet am", "Kurs-Nr", "Kurstitel");

    private ExchangeLayout() {}

    public static Sheet sheet(ExchangeFile file, Part part, String name) {
        List<List<Object>> rows = new ArrayList<>();
        switch (part) {
            case COHORTS -> file.cohorts().forEach(c -> rows.add(cohort(c)));
            case SESSIONS -> file.sessions().forEach(s -> rows.add(session(s)));
            case PARTICIPANTS -> file.participants().forEach(p -> rows.add(participant(p)));
        }
        List<String> header =
                switch (part) {
                    case COHORTS -> COHORT_COLUMNS;
                    case SESSIONS -> SESSION_COLUMNS;
                    case PARTICIPANTS -> PARTICIPANT_COLUMNS;
                };
        return new Sheet(name, header, rows);
    }

    /** Every part as a sheet named after it, for the workbook. */
    public static List<Sheet> workbook(ExchangeFile file) {
        return Arrays.stream(Part.values())
                .map(p -> sheet(file, p, p.sheetName()))
                .toList();
    }

    private static List<Object> cohort(ExchangeFile.CohortLine c) {
        return Arrays.asList(
                c.id(),
                c.title(),
                c.series(),
                c.venue(),
                c.city(),
                c.status(),
                c.format(),
                c.language(),
                day(c.firstDay()),
                day(c.lastDay()),
                c.sessions(),
                c.units(),
                c.fee().setScale(2, RoundingMode.HALF_UP),
                c.capacity(),
                c.seated(),
                c.waiting());
    }

    private static List<Object> session(ExchangeFile.SessionLine s) {
        return Arrays.asList(
                s.cohortId(),
                s.sessionId(),
                DAY.format(s.start()),
                TIME.format(s.start()),
                TIME.format(s.end()),
                Duration.between(s.start(), s.end()).toMinutes(),
                s.cancelled() ? BigDecimal.ZERO.setScale(1) : s.units(),
                s.module(),
                s.place(),
                s.cancelled() ? "abgesagt" : "findet statt");
    }

    private static List<Object> participant(ExchangeFile.ParticipantLine p) {
        return Arrays.asList(
                p.name(),
                p.email(),
                p.language(),
                p.isWaiting() ? PARTICIPANT_WAITING : PARTICIPANT_CONFIRMED,
                p.isWaiting() ? p.waitingPosition() : null,
                day(p.since()),
                p.cohortId(),
                p.cohortTitle());
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
