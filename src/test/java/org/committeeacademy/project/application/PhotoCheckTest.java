package org.committeeacademy.project.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.committeeacademy.project.domain.Photo;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    private final PhotoCheck check = new PhotoCheck();

    @Test
    void aJpegLosesItsCameraMetadataAndABigOneIsScaledDown() throws IOException {
        byte[] withExif = withExif(image("jpg", 2400, 1200), "GPS 50.7374 7.0982 PHONE-XYZ");

        Photo photo = check.check(new ByteArrayInputStream(withExif), "baustelle.jpg");

        assertEquals(Photo.JPEG, photo.contentType());
        String stored = new String(photo.bytes(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("PHONE-XYZ"), "the camera's data is gone");
        assertFalse(stored.contains("Exif"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertEquals(PhotoCheck.MAX_SIDE, read.getWidth());
        assertEquals(PhotoCheck.MAX_SIDE / 2, read.getHeight());
    }

    @Test
    void aPngStaysAPng() throws IOException {
        Photo photo = check.check(new ByteArrayInputStream(image("png", 40, 30)), "bank.png");
        assertEquals(Photo.PNG, photo.contentType());
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth());
    }

    @Test
    void refusesWhatIsNoJpegOrPngByItsContentWhateverItsName() throws IOException {
        assertRefused(image("gif", 10, 10), "bild.gif", "project.photo.type");
        assertRefused("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "bild.png", "project.photo.type");
        assertRefused("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "bild.jpg", "project.photo.type");
        assertRefused(image("png", 10, 10), "bild.jpg", "project.photo.type");
        byte[] truncated = java.util.Arrays.copyOf(image("jpg", 100, 100), 40);
        assertRefused(truncated, "kaputt.jpg", "project.photo.type");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        byte[] large = new byte[PhotoCheck.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertRefused(large, "gross.jpg", "project.photo.tooLarge");
    }

    private void assertRefused(byte[] content, String name, String key) {
        ValidationException refused = assertThrows(
                ValidationException.class, () -> check.check(new ByteArrayInputStream(content), name), name);
        assertEquals(key, refused.violations().get(0).messageKey(), name);
        assertTrue(refused.violations().get(0).field().equals("photos"));
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 "Exif" segment after its start marker, as cameras write it. */
    private static byte[] withExif(byte[] jpeg, String secret) {
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\u0008" + secret).getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
