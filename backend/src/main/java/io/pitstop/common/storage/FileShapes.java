package io.pitstop.common.storage;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Whether the whole of a file has the structure its first bytes promise. {@link FileTypes} judges the type by the
 * signature alone, and a signature is eight bytes anyone can put before an HTML page or a script; a browser that
 * sniffs, or a tool that trusts the extension, would then run what we stored as a "photo". So the structure is walked
 * to the end: a PNG is a chain of chunks whose CRCs hold, IHDR first, IDAT, and IEND as the very last bytes; a JPEG
 * is marker segments up to a frame and the scan, closed by EOI; a HEIC is a chain of ISO boxes that fills the file;
 * a PDF ends with its {@code %%EOF} marker. Pure and cheap (one pass, no decoding): for a 10 MiB file a few
 * milliseconds, which callers still run off the event loop.
 */
public final class FileShapes {

    private FileShapes() {
    }

    public static boolean wellFormed(String type, byte[] b) {
        return switch (type) {
            case FileTypes.PNG -> png(b);
            case FileTypes.JPEG -> jpeg(b);
            case FileTypes.HEIC -> isoBoxes(b);
            case FileTypes.PDF -> pdf(b);
            default -> false;
        };
    }

    /** Signature, IHDR (13 bytes, width and height above zero) first, at least one IDAT, IEND last, every CRC right. */
    static boolean png(byte[] b) {
        if (b.length < 8 + 25 + 12 || FileTypes.detect(b).filter(FileTypes.PNG::equals).isEmpty()) {
            return false;
        }
        int at = 8;
        boolean first = true;
        boolean data = false;
        while (at + 12 <= b.length) {
            long length = uint32(b, at);
            if (length > b.length - at - 12L) {
                return false;
            }
            int n = (int) length;
            String chunk = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!chunk.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + n);
            if (crc.getValue() != uint32(b, at + 8 + n)) {
                return false;
            }
            if (first && !(chunk.equals("IHDR") && n == 13 && uint32(b, at + 8) > 0 && uint32(b, at + 12) > 0)) {
                return false;
            }
            first = false;
            data |= chunk.equals("IDAT");
            at += 12 + n;
            if (chunk.equals("IEND")) {
                // Nothing may follow: trailing bytes are where a polyglot keeps its other self.
                return n == 0 && data && at == b.length;
            }
        }
        return false;
    }

    /** SOI, then length-prefixed marker segments with a frame header (SOFn) before the scan (SOS), then EOI after it. */
    static boolean jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return false;
        }
        int at = 2;
        boolean frame = false;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return false;
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xD8 || marker == 0xD9 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                return false; // no second SOI, no EOI before the scan, no stand-alone markers among the headers
            }
            int length = (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > b.length) {
                return false;
            }
            frame |= marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (marker == 0xDA) {
                // The entropy-coded scan follows; it ends at an EOI. (Phones append data after EOI, e.g. motion
                // photos: that stays a JPEG for every decoder, and the file is served as image/jpeg with nosniff.)
                return frame && indexOfEoi(b, at + 2 + length) > 0;
            }
            at += 2 + length;
        }
        return false;
    }

    private static int indexOfEoi(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return i;
            }
        }
        return -1;
    }

    /** ISO base media (HEIC): boxes of size and four-letter type, back to back, filling the file exactly. */
    static boolean isoBoxes(byte[] b) {
        int at = 0;
        int boxes = 0;
        while (at < b.length) {
            if (at + 8 > b.length) {
                return false;
            }
            long size = uint32(b, at);
            String kind = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!kind.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                return false;
            }
            if (size == 1) {
                if (at + 16 > b.length) {
                    return false;
                }
                size = uint32(b, at + 8) << 32 | uint32(b, at + 12);
            } else if (size == 0) {
                size = b.length - at; // to the end of the file
            }
            if (size < 8 || size > b.length - at) {
                return false;
            }
            at += (int) size;
            boxes++;
        }
        return boxes >= 2;
    }

    /** The header, then the end-of-file marker within the last kilobyte (where every PDF writer puts it). */
    static boolean pdf(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        return b.length > 16 && new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    private static long uint32(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
