package org.committeeacademy.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.committeeacademy.shared.domain.ValidationException;
import org.junit.jupiter.api.Test;

class OrganisationLogoTest {

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(new Color(0xa6, 0x1c, 0x3c));
        image.getGraphics().fillRect(0, 0, width / 2, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPngOrJpegIsKeptAsAReEncodedPng() throws Exception {
        for (String format : new String[] {"png", "jpg"}) {
            byte[] stored = OrganisationLogo.bytes(OrganisationLogo.stored(image(format, 120, 40)));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(stored, 4));
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(stored));
            assertEquals(120, back.getWidth());
            assertEquals(40, back.getHeight());
        }
    }

    @Test
    void whatIsNoImageIsRefusedWhateverItIsCalled() {
        byte[] html = "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8);
        byte[] fakePng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0, 'x'};
        for (byte[] upload : new byte[][] {html, fakePng, new byte[0], null}) {
            ValidationException refused =
                    assertThrows(ValidationException.class, () -> OrganisationLogo.stored(upload));
            assertEquals("logo", refused.violations().get(0).field());
        }
    }

    @Test
    void aLargeImageIsRefused() throws Exception {
        byte[] large = image("png", OrganisationLogo.MAX_SIDE + 1, 10);
        assertThrows(ValidationException.class, () -> OrganisationLogo.stored(large));
    }
}
