package org.committeeacademy.calendar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.committeeacademy.calendar.domain.CalendarEntry;
import org.junit.jupiter.api.Test;

class ICalendarFormatTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final CalendarEntry SESSION = new CalendarEntry(
            CalendarEntry.uidOf(42),
            0,
            Instant.parse("2026-12-05T09:00:00Z"),
            Instant.parse("2026-12-05T15:00:00Z"),
            "Bonn – Samstagsreihe: Strategische Ziele entwickeln",
            "Raum B06, VHS Bonn, Mülheimer Platz 1, 53111 Bonn",
            "Trainerin: Leyla Demir; Umlaute, Kommas; und Zeilen\numbrüche",
            "http://localhost:8080/cohort.xhtml?id=7",
            false);

    @Test
    void aPublishedCalendarIsValidAndReadsBackWithUidSequenceAndUtcTimes() throws Exception {
        String ics = ICalendarFormat.publish("Meine Termine", List.of(SESSION), "vhs@example.org", NOW);

        Calendar parsed = parse(ics);
        assertValid(parsed);
        assertEquals(
                "PUBLISH", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertEquals(
                "session-42@committee-academy", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(
                "20261205T090000Z",
                event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(
                "20261205T150000Z",
                event.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals(
                "CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(
                SESSION.description(),
                event.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertTrue(ics.contains("\r\n"), "lines end in CRLF");
        assertTrue(ics.lines().allMatch(l -> l.length() <= 75), "lines are folded");
    }

    @Test
    void aCouncilMeetingIsMarkedByItsCategories() throws Exception {
        CalendarEntry meeting = new CalendarEntry(
                "council-meeting-7@committee-academy",
                0,
                Instant.parse("2026-12-10T16:00:00Z"),
                Instant.parse("2026-12-10T18:00:00Z"),
                "Rat: 5. Sitzung des Rates",
                "Rathaus, Ratssaal",
                "Antragsfrist: 26.11.2026",
                null,
                false,
                List.of("COUNCIL", "Ratstermin"));
        Calendar parsed =
                parse(ICalendarFormat.publish("Meine Termine", List.of(SESSION, meeting), "vhs@example.org", NOW));
        assertValid(parsed);
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(
                "COUNCIL,Ratstermin",
                events.get(1).getProperty(Property.CATEGORIES).orElseThrow().getValue());
        assertTrue(events.get(0).getProperty(Property.CATEGORIES).isEmpty(), "a session has none");
    }

    @Test
    void aMovedSessionKeepsItsUidWithAHigherSequence() throws Exception {
        CalendarEntry moved = new CalendarEntry(
                SESSION.uid(),
                1,
                SESSION.start().plusSeconds(3600),
                SESSION.end().plusSeconds(3600),
                SESSION.summary(),
                null,
                null,
                null,
                false);

        VEvent event = (VEvent) parse(ICalendarFormat.message(
                        false, List.of(moved), "vhs@example.org", "member@example.org", "Ayşe Yılmaz", NOW))
                .getComponent("VEVENT")
                .orElseThrow();

        assertEquals(SESSION.uid(), event.getUid().orElseThrow().getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(
                "20261205T100000Z",
                event.getProperty(Property.DTSTART).orElseThrow().getValue());
    }

    @Test
    void aCancellationIsAValidCancelMessageForTheSameUid() throws Exception {
        CalendarEntry cancelled = new CalendarEntry(
                SESSION.uid(), 2, SESSION.start(), SESSION.end(), SESSION.summary(), null, null, null, true);

        Calendar parsed = parse(ICalendarFormat.message(
                true, List.of(cancelled), "vhs@example.org", "member@example.org", "Ayşe", NOW));

        assertValid(parsed);
        assertEquals("CANCEL", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) parsed.getComponent("VEVENT").orElseThrow();
        assertEquals(SESSION.uid(), event.getUid().orElseThrow().getValue());
        assertEquals(
                "CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals(
                "mailto:vhs@example.org",
                event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals(1, event.getProperties(Property.STATUS).size());
    }

    @Test
    void anInvitationIsAValidRequest() throws Exception {
        Calendar parsed = parse(
                ICalendarFormat.message(false, List.of(SESSION), "vhs@example.org", "member@example.org", "Ayşe", NOW));
        assertValid(parsed);
        assertEquals(
                "REQUEST", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static void assertValid(Calendar calendar) {
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
    }
}
