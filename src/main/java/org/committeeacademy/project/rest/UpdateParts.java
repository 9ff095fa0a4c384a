package org.committeeacademy.project.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.project.application.PhotoCheck;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.project.domain.ProjectUpdate;
import org.committeeacademy.shared.domain.ValidationException;

/** A project update sent as multipart/form-data: a part {@code text} and up to three parts {@code photo}. */
record UpdateParts(String text, List<Photo> photos) {

    /** Each photo is checked by content (JPEG or PNG, re-encoded) as it is read; a fourth is refused. */
    static UpdateParts read(List<EntityPart> parts, PhotoCheck check) throws IOException {
        String text = null;
        List<Photo> photos = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) { // null: not multipart at all
            if (part.getName().equals("text")) {
                text = part.getContent(String.class);
            } else if (part.getName().equals("photo")) {
                if (photos.size() == ProjectUpdate.MAX_PHOTOS) {
                    throw new ValidationException("photos", "project.photo.tooMany");
                }
                try (InputStream content = part.getContent()) {
                    photos.add(check.check(content, part.getFileName().orElse("")));
                }
            }
        }
        return new UpdateParts(text, photos);
    }
}
