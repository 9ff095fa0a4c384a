package org.committeeacademy.organisation.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * An organisation's logo, checked by its content: a PNG or JPEG that decodes as an image, at most
 * {@value #MAX_SIDE} pixels a side, re-encoded as PNG (so no metadata or hidden content survives) and small enough to
 * keep in the organisation's row.
 */
public final class OrganisationLogo {

    public static final int MAX_SIDE = 600;
    /** Base64 characters the column holds. */
    static final int MAX_STORED = 32_000;

    private OrganisationLogo() {}

    /** The upload as stored text; a refusal names the field "logo". */
    public static String stored(byte[] upload) {
        if (upload == null || upload.length == 0 || !(isPng(upload) || isJpeg(upload))) {
            throw new ValidationException("logo", "organisation.logo.type");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(upload));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new ValidationException("logo", "organisation.logo.type");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new ValidationException("logo", "organisation.logo.tooLarge");
        }
        String text = Base64.getEncoder().encodeToString(png(image));
        if (text.length() > MAX_STORED) {
            throw new ValidationException("logo", "organisation.logo.tooLarge");
        }
        return text;
    }

    public static byte[] bytes(String stored) {
        return Base64.getDecoder().decode(stored);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
