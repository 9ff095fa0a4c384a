package org.committeeacademy.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * OParl 1.1 answers shaped like the specification's examples (ids are URLs, lists have data, pagination and links,
 * meetings embed their agenda items, papers their consultations, a deleted object keeps id, type and deleted). The
 * meetings lie around today so "from today" finds some of them.
 */
public final class OParlFixtures {

    public static final String COUNCIL_RESULT = "Beschlossen";
    public static final String COMMITTEE_RESULT = "Einstimmig empfohlen";
    public static final String PAPER_NAME = "Antrag: Mehrsprachige Bürgerberatung im Rathaus";
    public static final String PAPER_REFERENCE = "0815/2026";
    private static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private OParlFixtures() {}

    /** A day relative to today at a local time, as OParl writes it (with offset). */
    static String at(int days, int hour) {
        return LocalDate.now(ZoneId.of("Europe/Berlin"))
                .plusDays(days)
                .atTime(hour, 0)
                .atZone(ZoneId.of("Europe/Berlin"))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String list(String data, String next) {
        String links = next == null ? "{}" : "{\"next\": \"" + next + "\"}";
        return """
                {"data": %s, "pagination": {"elementsPerPage": 2}, "links": %s}""".formatted(data, links);
    }

    static String system(String base) {
        return """
                {"id": "%1$s/system", "type": "%2$sSystem", "oparlVersion": "https://schema.oparl.org/1.1/",
                 "body": "%1$s/bodies", "name": "Ratsinformationssystem Beispielstadt", "vendor": "https://example.org",
                 "created": "2024-01-01T10:00:00+01:00", "modified": "2024-01-01T10:00:00+01:00"}""".formatted(base, SCHEMA);
    }

    static String body(String base) {
        return """
                {"id": "%1$s/body/1", "type": "%2$sBody", "system": "%1$s/system", "shortName": "Beispielstadt",
                 "name": "Stadt Beispielstadt", "website": "https://www.example.org", "ags": "05314000",
                 "organization": "%1$s/body/1/organizations", "person": "%1$s/body/1/people",
                 "meeting": "%1$s/body/1/meetings", "paper": "%1$s/body/1/papers",
                 "legislativeTerm": [], "classification": "Kreisfreie Stadt", "vendorField": {"x": 1},
                 "created": "2024-01-01T10:00:00+01:00", "modified": "2024-01-01T10:00:00+01:00"}""".formatted(base, SCHEMA);
    }

    static String organizations(String base) {
        return list("""
                [{"id": "%1$s/organization/1", "type": "%2$sOrganization", "body": "%1$s/body/1",
                  "name": "Rat der Stadt Beispielstadt", "shortName": "Rat", "organizationType": "Gremium",
                  "classification": "Rat"},
                 {"id": "%1$s/organization/2", "type": "%2$sOrganization", "body": "%1$s/body/1",
                  "name": "Integrationsrat", "organizationType": "Gremium", "classification": "Beirat",
                  "meeting": "%1$s/organization/2/meetings"},
                 {"id": "%1$s/organization/3", "type": "%2$sOrganization", "body": "%1$s/body/1",
                  "name": "Hauptausschuss", "organizationType": "Gremium", "classification": "Ausschuss"},
                 {"id": "%1$s/organization/4", "type": "%2$sOrganization", "body": "%1$s/body/1",
                  "name": "Fraktion Beispiel", "organizationType": "Fraktion"}]""".formatted(base, SCHEMA), null);
    }

    static String meeting(
            String base, int id, int organization, String name, int days, boolean cancelled, String items) {
        return """
                {"id": "%1$s/meeting/%3$d", "type": "%2$sMeeting", "name": "%5$s", "cancelled": %7$s,
                 "meetingState": "terminiert", "start": "%6$s", "end": "%8$s",
                 "location": {"id": "%1$s/location/1", "type": "%2$sLocation",
                              "description": "Rathaus, Ratssaal", "streetAddress": "Markt 1"},
                 "organization": ["%1$s/organization/%4$d"], "agendaItem": %9$s,
                 "created": "2024-01-01T10:00:00+01:00", "modified": "2024-01-02T10:00:00+01:00"}""".formatted(base, SCHEMA, id, organization, name, at(days, 17), cancelled, at(days, 20), items);
    }

    static String item(String base, int id, int meeting, String number, String name, String result) {
        return """
                {"id": "%1$s/agendaitem/%3$d", "type": "%2$sAgendaItem", "meeting": "%1$s/meeting/%4$d",
                 "number": "%5$s", "name": "%6$s", "public": true, "result": %7$s}""".formatted(base, SCHEMA, id, meeting, number, name, result == null ? "null" : "\"" + result + "\"");
    }

    static String deleted(String base, String kind, int id) {
        return """
                {"id": "%1$s/%3$s/%4$d", "type": "%2$s%5$s", "deleted": true,
                 "created": "2024-01-01T10:00:00+01:00", "modified": "2026-01-01T10:00:00+01:00"}""".formatted(base, SCHEMA, kind, id, Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    }

    static String councilMeetings(String base, int page, boolean changes) {
        String decided = meeting(
                base,
                12,
                1,
                "5. Sitzung des Rates",
                50,
                false,
                "[" + item(base, 121, 12, "7", PAPER_NAME, changes ? COUNCIL_RESULT : null) + "]");
        if (changes) {
            return list("[" + decided + ", " + deleted(base, "meeting", 10) + "]", null);
        }
        if (page == 1) {
            return list(
                    "[" + meeting(base, 10, 1, "4. Sitzung des Rates", 20, false, "[]") + ", "
                            + meeting(base, 11, 3, "Sitzung des Hauptausschusses", 25, false, "[]") + "]",
                    base + "/body/1/meetings?page=2");
        }
        return list("[" + decided + "]", null);
    }

    static String committeeMeetings(String base, boolean changes) {
        String next = meeting(
                base,
                20,
                2,
                "3. Sitzung des Integrationsrates",
                10,
                changes,
                "[" + item(base, 201, 20, "4.1", PAPER_NAME, changes ? COMMITTEE_RESULT : null) + "]");
        if (changes) {
            return list("[" + next + "]", null);
        }
        return list(
                "[" + next + ", "
                        + meeting(
                                base,
                                21,
                                2,
                                "2. Sitzung des Integrationsrates",
                                -30,
                                false,
                                "[" + item(base, 211, 21, "2", "Anfrage zu Sprachkursen", "Zur Kenntnis genommen")
                                        + "]")
                        + "]",
                null);
    }

    static String paper(String base, int id, String name, String reference, String consultations) {
        return """
                {"id": "%1$s/paper/%3$d", "type": "%2$sPaper", "body": "%1$s/body/1", "name": "%4$s",
                 "reference": "%5$s", "date": "2026-03-04", "paperType": "Antrag", "consultation": %6$s,
                 "created": "2024-01-01T10:00:00+01:00", "modified": "2024-01-02T10:00:00+01:00"}""".formatted(base, SCHEMA, id, name, reference, consultations);
    }

    static String consultation(
            String base, int id, int paper, int meeting, int item, int organization, boolean decides) {
        return """
                {"id": "%1$s/consultation/%3$d", "type": "%2$sConsultation", "paper": "%1$s/paper/%4$d",
                 "agendaItem": "%1$s/agendaitem/%6$d", "meeting": "%1$s/meeting/%5$d",
                 "organization": ["%1$s/organization/%7$d"], "authoritative": %8$s, "role": "%9$s"}""".formatted(
                        base,
                        SCHEMA,
                        id,
                        paper,
                        meeting,
                        item,
                        organization,
                        decides,
                        decides ? "Beschlussfassung" : "Vorberatung");
    }

    static String motion(String base) {
        return paper(
                base,
                30,
                PAPER_NAME,
                PAPER_REFERENCE,
                "[" + consultation(base, 301, 30, 20, 201, 2, false) + ", "
                        + consultation(base, 302, 30, 12, 121, 1, true) + "]");
    }

    static String papers(String base, boolean changes) {
        if (changes) {
            return list("[" + motion(base) + ", " + deleted(base, "paper", 32) + "]", null);
        }
        return list(
                "[" + motion(base) + ", "
                        + paper(
                                base,
                                31,
                                "Haushaltssatzung",
                                "0001/2026",
                                "[" + consultation(base, 311, 31, 11, 111, 3, true) + "]")
                        + ", "
                        + paper(
                                base,
                                32,
                                "Anfrage zu Sprachkursen",
                                "0900/2026",
                                "[" + consultation(base, 321, 32, 21, 211, 2, true) + "]")
                        + "]",
                null);
    }

    static String wrongPapers(String base) {
        return list(
                "[" + motion(base) + ", {\"id\": 42, \"name\": \"Zahl als id\"}, "
                        + "{\"id\": \"" + base + "/paper/33\", \"name\": [\"keine Zeichenkette\"]}, "
                        + "{\"id\": \"" + base
                        + "/paper/34\", \"name\": \"Beratungen kaputt\", \"consultation\": \"x\"}, "
                        + "\"kein Objekt\"]",
                null);
    }
}
