package io.pitstop.appraisal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The domain's grades of a 100-point score: excellent from 90, good from 80, pass from 60, fail below. */
@Schema(description = "EXCELLENT >= 90, GOOD 80-89.99, PASS 60-79.99, FAIL < 60")
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL;

    public static Grade of(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        if (score.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return PASS;
        }
        return FAIL;
    }
}
