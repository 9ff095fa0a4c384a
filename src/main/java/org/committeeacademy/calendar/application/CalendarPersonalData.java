package org.committeeacademy.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.calendar.domain.CalendarFeed;
import org.committeeacademy.calendar.domain.CalendarRepository;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/** The personal calendar address: that it exists and since when (the secret itself stays out of files). */
@ApplicationScoped
public class CalendarPersonalData implements PersonalDataSection {

    @Inject
    CalendarRepository calendars;

    @Override
    public String key() {
        return "calendarFeed";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(CalendarFeed.class);
    }

    @Override
    public JsonValue export(long accountId) {
        return calendars
                .feedOf(accountId)
                .map(f -> (JsonValue) Jsons.createObjectBuilder()
                        .add("createdAt", f.createdAt().toString())
                        .build())
                .orElse(JsonValue.NULL);
    }

    @Override
    public void erase(long accountId) {
        calendars.deleteFeedOf(accountId);
    }
}
