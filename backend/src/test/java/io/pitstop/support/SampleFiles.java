package io.pitstop.support;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small but whole files of each accepted type (uploads are judged by their whole structure, not a signature). */
public final class SampleFiles {

    public static final byte[] JPEG = image("jpg");
    public static final byte[] PNG = image("png");
    /** ftyp (heic), an empty meta box and an mdat box: a file of ISO boxes back to back. */
    public static final byte[] HEIC = concat(
            new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'},
            new byte[]{0, 0, 0, 0x0C, 'm', 'e', 't', 'a', 0, 0, 0, 0},
            new byte[]{0, 0, 0, 0x0C, 'm', 'd', 'a', 't', 1, 2, 3, 4});
    public static final byte[] PDF = ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    private SampleFiles() {
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(4, 4, 20, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
