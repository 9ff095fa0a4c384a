package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;
import org.committeeacademy.project.domain.Project;
import org.committeeacademy.project.domain.ProjectCheckIn;
import org.committeeacademy.project.domain.ProjectParticipant;
import org.committeeacademy.project.domain.ProjectUpdate;
import org.committeeacademy.project.persistence.JpaProjectPersonalData;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * A person's part in local projects: the projects they started, their places (role, how they describe themselves)
 * and the updates they wrote. Erasure takes them out of every project and removes their updates; the projects
 * themselves belong to the committee and stay.
 */
@ApplicationScoped
public class ProjectPersonalData implements PersonalDataSection {

    @Inject
    JpaProjectPersonalData data;

    @Override
    public String key() {
        return "projects";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Project.class, ProjectParticipant.class, ProjectUpdate.class, ProjectCheckIn.class);
    }

    @Override
    public JsonValue export(long accountId) {
        JsonArrayBuilder started = Jsons.createArrayBuilder();
        data.createdBy(accountId).forEach(p -> started.add(p.details().title()));
        JsonArrayBuilder places = Jsons.createArrayBuilder();
        data.participationsOf(accountId).forEach(row -> {
            ProjectParticipant x = (ProjectParticipant) row[1];
            JsonObjectBuilder place = Jsons.createObjectBuilder()
                    .add("project", (String) row[0])
                    .add("role", x.role().name())
                    .add("joinedAt", x.joinedAt().toString());
            if (x.residence() != null) {
                place.add("residence", x.residence().name());
            }
            places.add(place);
        });
        JsonArrayBuilder updates = Jsons.createArrayBuilder();
        data.updatesBy(accountId).forEach(row -> {
            ProjectUpdate u = (ProjectUpdate) row[1];
            updates.add(Jsons.createObjectBuilder()
                    .add("project", (String) row[0])
                    .add("text", u.body())
                    .add("postedAt", u.postedAt().toString()));
        });
        return Jsons.createObjectBuilder()
                .add("started", started)
                .add("participations", places)
                .add("updates", updates)
                .build();
    }

    @Override
    public void erase(long accountId) {
        data.erase(accountId);
    }
}
