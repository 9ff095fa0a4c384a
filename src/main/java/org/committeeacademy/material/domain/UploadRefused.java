package org.committeeacademy.material.domain;

import org.committeeacademy.shared.domain.ValidationException;

/** An uploaded file is not accepted (type, size, name); the message key tells the uploader why. */
public class UploadRefused extends ValidationException {

    public static final String TOO_LARGE = "material.upload.tooLarge";
    public static final String EMPTY = "material.upload.empty";
    public static final String TYPE_REFUSED = "material.upload.typeRefused";
    public static final String NAME_MISMATCH = "material.upload.nameMismatch";
    /** A PDF with HTML or actions that run on opening, an Office file that inflates to far more than it is. */
    public static final String ACTIVE_CONTENT = "material.upload.activeContent";

    public UploadRefused(String messageKey) {
        super("file", messageKey);
    }
}
