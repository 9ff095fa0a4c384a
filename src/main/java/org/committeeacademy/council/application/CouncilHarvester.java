package org.committeeacademy.council.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.committeeacademy.council.domain.CouncilUnavailableException;
import org.committeeacademy.council.domain.Organ;

/**
 * Reads what a sync imports, touching nothing stored: the body, its organizations (in full), the meetings of the
 * committee's and the council's organization (through the organization's own meeting list where it has one, else the
 * body's, filtered), and the body's papers, each list since the last successful sync if there was one. Malformed
 * single objects are skipped and counted, the first one of a sync logged.
 */
final class CouncilHarvester {

    private static final System.Logger LOG = System.getLogger(CouncilHarvester.class.getName());
    private static final Set<String> COUNCIL_NAMES = Set.of(
            "rat",
            "stadtrat",
            "gemeinderat",
            "kreistag",
            "stadtverordnetenversammlung",
            "gemeindevertretung",
            "bezirksvertretung",
            "städteregionstag");

    private final OParlClient client;
    private int skipped;

    CouncilHarvester(OParlClient client) {
        this.client = client;
    }

    /** The harvest of a body for a committee; chosen organizations may be null (then matched by name). */
    Harvest harvest(String bodyUrl, String committeeName, String chosenCommittee, String chosenCouncil, Instant since) {
        JsonObject body = client.object(bodyUrl);
        String type = body.get("type") instanceof JsonString t ? t.getString() : "";
        if (!type.contains("oparl.org/") || !type.endsWith("/Body")) {
            throw new CouncilUnavailableException("council.error.notBody", bodyUrl + " is no OParl Body but " + type);
        }
        List<JsonObject> organizationObjects = client.list(link(body, "organization"), null);
        List<Harvest.Organization> organizations = new ArrayList<>();
        for (JsonObject o : organizationObjects) {
            if (!OParlObjects.deleted(o)) {
                tolerant(() -> organizations.add(OParlObjects.organization(o)));
            }
        }
        String committee = chosenCommittee != null ? chosenCommittee : matchCommittee(organizations, committeeName);
        String council = chosenCouncil != null ? chosenCouncil : matchCouncil(organizationObjects);
        if (committee == null && council == null) {
            throw new CouncilUnavailableException(
                    "council.error.noOrganization", "neither committee nor council found among the organizations");
        }
        List<Harvest.Meeting> meetings = new ArrayList<>();
        Set<String> deletedMeetings = new LinkedHashSet<>();
        List<JsonObject> bodyMeetings = null;
        for (String organization : new LinkedHashSet<>(java.util.Arrays.asList(committee, council))) {
            if (organization == null) {
                continue;
            }
            Organ organ = organization.equals(committee) ? Organ.COMMITTEE : Organ.COUNCIL;
            String name = nameOf(organizations, organization);
            JsonObject own = organizationObjects.stream()
                    .filter(o -> organization.equals(o.get("id") instanceof JsonString s ? s.getString() : null))
                    .findFirst()
                    .orElse(null);
            List<JsonObject> list;
            boolean filter = false;
            if (own != null && own.get("meeting") instanceof JsonString ownList) {
                list = client.list(ownList.getString(), since);
            } else {
                if (bodyMeetings == null) {
                    bodyMeetings = client.list(link(body, "meeting"), since);
                }
                list = bodyMeetings;
                filter = true;
            }
            for (JsonObject m : list) {
                if (OParlObjects.deleted(m)) {
                    tolerant(() -> deletedMeetings.add(OParlObjects.id(m)));
                    continue;
                }
                boolean ofIt = !filter || matches(m, organization);
                if (ofIt) {
                    tolerant(() -> meetings.add(OParlObjects.meeting(m, organ, name)));
                }
            }
        }
        List<Harvest.Paper> papers = new ArrayList<>();
        Set<String> deletedPapers = new LinkedHashSet<>();
        for (JsonObject p : client.list(link(body, "paper"), since)) {
            if (OParlObjects.deleted(p)) {
                tolerant(() -> deletedPapers.add(OParlObjects.id(p)));
            } else {
                tolerant(() -> papers.add(OParlObjects.paper(p)));
            }
        }
        return new Harvest(
                since == null,
                organizations,
                committee,
                council,
                meetings,
                deletedMeetings,
                papers,
                deletedPapers,
                skipped);
    }

    private boolean matches(JsonObject meeting, String organization) {
        try {
            return OParlObjects.texts(meeting, "organization").contains(organization);
        } catch (OParlObjects.Malformed e) {
            skip(e);
            return false;
        }
    }

    private void tolerant(Runnable read) {
        try {
            read.run();
        } catch (OParlObjects.Malformed | ClassCastException e) {
            skip(e);
        }
    }

    private void skip(RuntimeException e) {
        if (skipped++ == 0) {
            LOG.log(
                    Level.WARNING,
                    "OParl: skipped a malformed object (further ones are only counted): {0}",
                    e.getMessage());
        }
    }

    private static String link(JsonObject body, String key) {
        if (body.get(key) instanceof JsonString url) {
            return url.getString();
        }
        throw new CouncilUnavailableException("council.error.notBody", "the body has no list URL " + key);
    }

    private static String nameOf(List<Harvest.Organization> organizations, String id) {
        return organizations.stream()
                .filter(o -> o.oparlId().equals(id))
                .map(Harvest.Organization::name)
                .findFirst()
                .orElse("");
    }

    /** The committee by its name, else one whose name contains it or is contained in it, else one on integration. */
    static String matchCommittee(List<Harvest.Organization> organizations, String committeeName) {
        String wanted = normal(committeeName);
        List<Supplier<java.util.Optional<Harvest.Organization>>> tiers = List.of(
                () -> organizations.stream()
                        .filter(o -> normal(o.name()).equals(wanted))
                        .findFirst(),
                () -> organizations.stream()
                        .filter(o -> normal(o.name()).length() > 5)
                        .filter(o -> wanted.contains(normal(o.name()))
                                || normal(o.name()).contains(wanted))
                        .findFirst(),
                () -> organizations.stream()
                        .filter(o -> normal(o.name()).contains("integration"))
                        .findFirst());
        for (Supplier<java.util.Optional<Harvest.Organization>> tier : tiers) {
            java.util.Optional<Harvest.Organization> found = tier.get();
            if (found.isPresent()) {
                return found.get().oparlId();
            }
        }
        return null;
    }

    /** The council: an organization classified or named as the municipality's council ("Rat", "Stadtrat", ...). */
    static String matchCouncil(List<JsonObject> organizations) {
        for (JsonObject o : organizations) {
            try {
                if (OParlObjects.deleted(o)) {
                    continue;
                }
                String classification = normal(OParlObjects.text(o, "classification"));
                String name = normal(OParlObjects.text(o, "name"));
                if (COUNCIL_NAMES.contains(classification)
                        || COUNCIL_NAMES.contains(name)
                        || name.startsWith("rat der ")
                        || name.startsWith("rat des ")) {
                    return OParlObjects.id(o);
                }
            } catch (OParlObjects.Malformed e) {
                // a malformed organization is not the council; it was counted when the list was read
            }
        }
        return null;
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.GERMAN);
    }
}
