package io.pitstop.appraisal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTest {

    @Test
    void theDomainsGradesAtTheirBoundaries() {
        assertThat(Grade.of(new BigDecimal("59.9"))).isEqualTo(Grade.FAIL);
        assertThat(Grade.of(new BigDecimal("60"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("79.9"))).isEqualTo(Grade.PASS);
        assertThat(Grade.of(new BigDecimal("80"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("89.9"))).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(Grade.of(null)).isNull();
    }
}
