package io.pitstop.hostile;

import io.pitstop.common.storage.FileShapes;
import io.pitstop.common.storage.FileTypes;
import io.pitstop.support.SampleFiles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The structure walk without a server: whole files pass, anything that only starts like one does not. */
class FileShapesTest {

    private static final byte[] HTML = "<html><body onload=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void wholeFilesOfEachTypePass() {
        assertThat(FileShapes.wellFormed(FileTypes.PNG, SampleFiles.PNG)).isTrue();
        assertThat(FileShapes.wellFormed(FileTypes.JPEG, SampleFiles.JPEG)).isTrue();
        assertThat(FileShapes.wellFormed(FileTypes.HEIC, SampleFiles.HEIC)).isTrue();
        assertThat(FileShapes.wellFormed(FileTypes.PDF, SampleFiles.PDF)).isTrue();
    }

    @Test
    void aPngIsItsChunksAndNothingAfterIend() {
        byte[] png = SampleFiles.PNG;
        assertThat(FileShapes.wellFormed(FileTypes.PNG, SampleFiles.concat(Arrays.copyOf(png, 33), HTML))).isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.PNG, SampleFiles.concat(png, HTML))).isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.PNG, SampleFiles.concat(png, new byte[]{0}))).isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.PNG, Arrays.copyOf(png, png.length - 12))).as("no IEND").isFalse();
        byte[] crc = png.clone();
        crc[29] ^= 0x01; // inside IHDR's CRC
        assertThat(FileShapes.wellFormed(FileTypes.PNG, crc)).isFalse();
        byte[] noData = SampleFiles.concat(Arrays.copyOf(png, 33), Arrays.copyOfRange(png, png.length - 12, png.length));
        assertThat(FileShapes.wellFormed(FileTypes.PNG, noData)).as("IHDR then IEND, no image data").isFalse();
    }

    @Test
    void aJpegIsItsSegmentsAFrameAScanAndAnEnd() {
        byte[] jpeg = SampleFiles.JPEG;
        assertThat(FileShapes.wellFormed(FileTypes.JPEG, SampleFiles.concat(Arrays.copyOf(jpeg, 20), HTML))).isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.JPEG, Arrays.copyOf(jpeg, jpeg.length - 2))).as("no EOI").isFalse();
        // What phones append after the image (a motion photo's video) keeps it a JPEG for every decoder.
        assertThat(FileShapes.wellFormed(FileTypes.JPEG, SampleFiles.concat(jpeg, new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p'})))
                .isTrue();
    }

    @Test
    void aHeicIsBoxesFillingTheFileAndAPdfEndsWithItsMarker() {
        assertThat(FileShapes.wellFormed(FileTypes.HEIC, SampleFiles.concat(Arrays.copyOf(SampleFiles.HEIC, 24), HTML))).isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.HEIC, Arrays.copyOf(SampleFiles.HEIC, 24))).as("ftyp alone").isFalse();
        assertThat(FileShapes.wellFormed(FileTypes.PDF, SampleFiles.concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), HTML)))
                .isFalse();
        assertThat(FileShapes.wellFormed("text/html", HTML)).isFalse();
    }
}
