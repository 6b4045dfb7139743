package io.pitstop.repair.service;

import io.pitstop.common.InvalidInputException;
import io.pitstop.support.RepairFixtures;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as a drawn signature, without a server. */
class SettlementSigningTest {

    private static final String PNG = RepairFixtures.signaturePng();

    @Test
    void aPngDataUrlOrPlainBase64IsTakenAsItsBytes() {
        byte[] bytes = SettlementSigning.png(PNG, 200_000);
        assertThat(SettlementSigning.isPng(bytes)).isTrue();
        assertThat(SettlementSigning.png(PNG.substring(PNG.indexOf(',') + 1), 200_000)).isEqualTo(bytes);
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        byte[] bytes = SettlementSigning.png(PNG, 200_000);
        byte[] noImageHeader = bytes.clone();
        noImageHeader[12] = 'X'; // not IHDR
        byte[] zeroWidth = bytes.clone();
        zeroWidth[16] = zeroWidth[17] = zeroWidth[18] = zeroWidth[19] = 0;
        for (String bad : new String[]{"data:image/svg+xml;base64,PHN2Zz4=", "%%%", b64(noImageHeader), b64(zeroWidth),
                b64(new byte[]{(byte) 0x89, 'P', 'N', 'G'})}) {
            assertThatThrownBy(() -> SettlementSigning.png(bad, 200_000)).isInstanceOf(InvalidInputException.class)
                    .extracting("field").isEqualTo("signature");
        }
        assertThatThrownBy(() -> SettlementSigning.png(PNG, bytes.length - 1)).isInstanceOf(InvalidInputException.class);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
