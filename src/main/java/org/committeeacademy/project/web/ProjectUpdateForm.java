package org.committeeacademy.project.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.project.application.PhotoCheck;
import org.committeeacademy.project.application.ProjectWork;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.project.domain.ProjectUpdate;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The form for a new update on the project page: its text and up to three photos, each checked as soon as it is
 * chosen (so a refused file is named at once) and posted with the text.
 */
@Named
@ViewScoped
public class ProjectUpdateForm implements Serializable {

    @Inject
    ProjectPage page;

    @Inject
    ProjectWork work;

    @Inject
    PhotoCheck photoCheck;

    @Inject
    PageMessages messages;

    private String text;
    private final List<Photo> photos = new ArrayList<>();
    private final List<String> photoNames = new ArrayList<>();

    public void addPhoto(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (photos.size() >= ProjectUpdate.MAX_PHOTOS) {
            messages.error("project:photos", "project.photo.tooMany");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            messages.result(() -> check(content, file.getFileName()), Refusals.fieldsAt("project:"))
                    .ifPresent(photo -> {
                        photos.add(photo);
                        photoNames.add(file.getFileName());
                    });
        } catch (IOException e) {
            messages.error("project:photos", "project.photo.type");
        }
    }

    private Photo check(InputStream content, String name) {
        try {
            return photoCheck.check(content, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removePhotos() {
        photos.clear();
        photoNames.clear();
    }

    public void post() {
        List<Photo> sent = List.copyOf(photos);
        Refusals refusals = Refusals.fieldsAt("project:").gone("project.gone").denied("project.gone");
        messages.result(() -> work.post(page.id(), text, sent), refusals).ifPresent(view -> {
            page.show(view);
            text = null;
            removePhotos();
            messages.info("project.posted");
        });
    }

    public int getMaxPhotos() {
        return ProjectUpdate.MAX_PHOTOS;
    }

    public int getMaxBytes() {
        return PhotoCheck.MAX_BYTES;
    }

    public List<String> getPhotoNames() {
        return photoNames;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
