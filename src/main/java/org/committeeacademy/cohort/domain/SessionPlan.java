package org.committeeacademy.cohort.domain;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.committeeacademy.curriculum.domain.Module;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.venue.domain.Room;

/** Where and when a session takes place and who teaches it; an empty trainer set means the cohort's trainers. */
public record SessionPlan(Module module, TimeSlot slot, Room room, String onlineLink, Set<Account> trainers) {

    public SessionPlan {
        if (module == null) {
            throw new ValidationException("moduleKey", "validation.required");
        }
        if (slot == null) {
            throw new ValidationException("start", "validation.required");
        }
        onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
        trainers = trainers == null ? Set.of() : new LinkedHashSet<>(trainers);
        if (onlineLink != null && !isWebAddress(onlineLink)) {
            throw new ValidationException("onlineLink", "session.link.format");
        }
        if (onlineLink != null && !onlineLink.regionMatches(true, 0, "https:", 0, 6)) {
            // a meeting link over plain http gives its password and the meeting away on the way
            throw new ValidationException("onlineLink", "session.link.https");
        }
    }

    public boolean inPerson() {
        return room != null;
    }

    private static boolean isWebAddress(String link) {
        if (link.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(link);
            // https only: members are sent there through our server, and a plain http room would leak the meeting
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
