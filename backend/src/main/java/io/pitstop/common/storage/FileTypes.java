package io.pitstop.common.storage;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** The type of a file from its first bytes (its signature), never from its name or the client's word. */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String HEIC = "image/heic";
    public static final String PDF = "application/pdf";

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private FileTypes() {
    }

    public static Optional<String> detect(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        // ISO base media: a box size, then "ftyp" and the major brand.
        if (head.length >= 12 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")
                && HEIF_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    public static String extension(String type) {
        return switch (type) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case HEIC -> "heic";
            case PDF -> "pdf";
            default -> "bin";
        };
    }

    private static boolean starts(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
