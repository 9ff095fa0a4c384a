package org.committeeacademy.project.domain;

import java.io.Serializable;

/**
 * A photo for an update, already checked by its content and re-encoded (so no camera metadata such as the place it
 * was taken survives): a JPEG or PNG.
 */
public record Photo(String contentType, byte[] bytes) implements Serializable {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public Photo {
        if (!JPEG.equals(contentType) && !PNG.equals(contentType)) {
            throw new IllegalArgumentException("not a photo type: " + contentType);
        }
    }
}
