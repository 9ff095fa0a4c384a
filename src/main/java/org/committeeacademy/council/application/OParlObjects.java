package org.committeeacademy.council.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.council.domain.CouncilMeeting;
import org.committeeacademy.council.domain.CouncilPaper;
import org.committeeacademy.council.domain.Organ;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Reads single OParl objects (1.0 and 1.1 alike) into a {@link Harvest}'s records. Unknown fields are ignored; a
 * field of the wrong type, a missing id or an unreadable date makes the object {@link Malformed}, which the caller
 * skips and counts.
 */
final class OParlObjects {

    /** An object that cannot be read as the type it claims. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    private OParlObjects() {}

    static boolean deleted(JsonObject o) {
        return o.get("deleted") == JsonValue.TRUE;
    }

    static String id(JsonObject o) {
        String id = text(o, "id");
        if (id == null || id.isBlank()) {
            throw new Malformed("an object without id");
        }
        return id;
    }

    static Harvest.Organization organization(JsonObject o) {
        String name = text(o, "name");
        String shortName = text(o, "shortName");
        String shown = name != null ? name : shortName;
        if (shown == null) {
            throw new Malformed("organization without name: " + id(o));
        }
        return new Harvest.Organization(id(o), cut(shown, 500));
    }

    static Harvest.Meeting meeting(JsonObject o, Organ organ, String fallbackName) {
        String id = id(o);
        String name = text(o, "name");
        List<CouncilMeeting.Item> items = new ArrayList<>();
        if (o.get("agendaItem") instanceof JsonArray agenda) {
            for (JsonValue v : agenda) {
                if (v instanceof JsonObject item) {
                    items.add(new CouncilMeeting.Item(
                            id(item),
                            cut(text(item, "number"), 50),
                            cut(text(item, "name"), 1000),
                            cut(text(item, "result"), 1000)));
                }
            }
        } else if (o.containsKey("agendaItem") && o.get("agendaItem") != JsonValue.NULL) {
            throw new Malformed("agendaItem is not a list: " + id);
        }
        return new Harvest.Meeting(
                id,
                organ,
                cut(name == null || name.isBlank() ? fallbackName : name, 500),
                time(o, "start"),
                time(o, "end"),
                cut(location(o.get("location")), 500),
                flag(o, "cancelled"),
                items);
    }

    static Harvest.Paper paper(JsonObject o) {
        String id = id(o);
        String name = text(o, "name");
        String reference = text(o, "reference");
        if (name == null && reference == null) {
            throw new Malformed("paper without name and reference: " + id);
        }
        List<CouncilPaper.Consulted> consulted = new ArrayList<>();
        Set<String> organizations = new LinkedHashSet<>();
        if (o.get("consultation") instanceof JsonArray list) {
            for (JsonValue v : list) {
                if (v instanceof JsonObject c) {
                    consulted.add(new CouncilPaper.Consulted(
                            text(c, "meeting"),
                            text(c, "agendaItem"),
                            flag(c, "authoritative"),
                            cut(text(c, "role"), 500)));
                    organizations.addAll(texts(c, "organization"));
                }
            }
        } else if (o.containsKey("consultation") && o.get("consultation") != JsonValue.NULL) {
            throw new Malformed("consultation is not a list: " + id);
        }
        LocalDate date;
        try {
            String day = text(o, "date");
            date = day == null ? null : LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
        } catch (DateTimeException e) {
            throw new Malformed("unreadable date of paper " + id);
        }
        return new Harvest.Paper(
                id, cut(name == null ? reference : name, 1000), cut(reference, 200), date, consulted, organizations);
    }

    /** The organizations a meeting is of (a list of URLs in OParl; a single one is tolerated). */
    static List<String> texts(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (v instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (v instanceof JsonArray array) {
            List<String> all = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    all.add(s.getString());
                } else if (item instanceof JsonObject embedded) {
                    all.add(id(embedded));
                }
            }
            return all;
        }
        throw new Malformed(key + " is neither a URL nor a list");
    }

    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new Malformed(key + " is not a string in " + o.get("id"));
    }

    private static boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new Malformed(key + " is not a boolean in " + o.get("id"));
    }

    private static Instant time(JsonObject o, String key) {
        String value = text(o, key);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(value).atZone(AcademyTime.ZONE).toInstant();
            } catch (DateTimeException again) {
                throw new Malformed("unreadable " + key + " " + value);
            }
        }
    }

    /** An embedded Location: its description, else street address and room; a mere URL gives nothing. */
    private static String location(JsonValue v) {
        if (!(v instanceof JsonObject place)) {
            return null;
        }
        String description = text(place, "description");
        if (description != null && !description.isBlank()) {
            return description;
        }
        String street = text(place, "streetAddress");
        String room = text(place, "room");
        if (street == null) {
            return room;
        }
        return room == null ? street : street + ", " + room;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
