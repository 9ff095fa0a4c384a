package org.committeeacademy.calendar.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.committeeacademy.calendar.domain.CalendarEntry;

/**
 * Writes sessions as iCalendar (RFC 5545) with ical4j. Times are in UTC, so no time-zone definitions are needed and
 * every program shows them in its own zone. A feed or download is PUBLISH; a mail attachment is an iTIP message
 * (RFC 5546): REQUEST to add or update an entry, CANCEL to remove it, with the academy as organizer and the
 * recipient as attendee, which is what common calendar programs need to match the entry by its uid.
 */
public final class ICalendarFormat {

    static final String PRODUCT = "-//Committee Academy//Sessions//DE";

    private ICalendarFormat() {}

    /** A calendar to subscribe to or download: every entry, cancelled ones marked so, published by the organizer. */
    public static String publish(String name, List<CalendarEntry> entries, String organizer, Instant now) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = event(entry, now);
            event.add(new Organizer(URI.create("mailto:" + organizer)));
            calendar.add(event);
        }
        return text(calendar);
    }

    /**
     * An invitation mail's attachment: REQUEST adds or updates the entries (cancelled ones among them are marked
     * cancelled), CANCEL removes them.
     */
    public static String message(
            boolean cancel,
            List<CalendarEntry> entries,
            String organizer,
            String attendee,
            String attendeeName,
            Instant now) {
        Calendar calendar = calendar(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        for (CalendarEntry entry : entries) {
            VEvent event = event(entry, now);
            event.add(new Organizer(URI.create("mailto:" + organizer)));
            ParameterList parameters =
                    new ParameterList(List.of(new Cn(attendeeName), Role.REQ_PARTICIPANT, PartStat.ACCEPTED));
            event.add(new Attendee(parameters, URI.create("mailto:" + attendee)));
            if (cancel) {
                event.replace(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(event);
        }
        return text(calendar);
    }

    /** Folded to 75 characters per line (CalendarOutputter); checked against RFC 5545 in the tests, not per request. */
    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private static VEvent event(CalendarEntry e, Instant now) {
        VEvent event = new VEvent(e.start(), e.end(), e.summary());
        event.replace(new DtStamp(now));
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.url() != null) {
            event.add(new Url(URI.create(e.url())));
        }
        if (!e.categories().isEmpty()) {
            event.add(new Categories(String.join(",", e.categories())));
        }
        return event;
    }
}
