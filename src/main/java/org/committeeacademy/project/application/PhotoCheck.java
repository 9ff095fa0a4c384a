package org.committeeacademy.project.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.committeeacademy.material.domain.FileType;
import org.committeeacademy.material.domain.UploadRefused;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Checks an uploaded photo the way the materials' uploads are checked — by its content (magic bytes), never by the
 * name or the browser's claim — and accepts only JPEG and PNG up to {@value #MAX_BYTES} bytes. The image is decoded
 * and encoded again, at most {@value #MAX_SIDE} pixels a side, so camera metadata (EXIF: where and when it was taken,
 * the device) and anything hidden in the file never reach the other readers.
 */
@ApplicationScoped
public class PhotoCheck {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_SIDE = 1600;

    public Photo check(InputStream upload, String fileName) throws IOException {
        Path file = Files.createTempFile("project-photo", ".upload");
        try {
            copyLimited(upload, file);
            FileType type = type(file, fileName);
            BufferedImage image = decode(file);
            boolean jpeg = type == FileType.JPEG;
            return new Photo(jpeg ? Photo.JPEG : Photo.PNG, encode(scaled(image, jpeg), jpeg ? "jpg" : "png"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void copyLimited(InputStream upload, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ValidationException("photos", "project.photo.tooLarge");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static FileType type(Path file, String fileName) throws IOException {
        try {
            FileType type = FileType.of(file, fileName == null ? "" : fileName);
            if (type == FileType.JPEG || type == FileType.PNG) {
                return type;
            }
        } catch (UploadRefused refused) {
            // any refusal of the shared check is the same answer here: not a photo we take
        }
        throw new ValidationException("photos", "project.photo.type");
    }

    private static BufferedImage decode(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image != null) {
                return image;
            }
        } catch (IOException | RuntimeException broken) {
            // a file with the right magic bytes that does not decode is no photo either
        }
        throw new ValidationException("photos", "project.photo.type");
    }

    private static BufferedImage scaled(BufferedImage image, boolean jpeg) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage copy =
                new BufferedImage(width, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return copy;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
