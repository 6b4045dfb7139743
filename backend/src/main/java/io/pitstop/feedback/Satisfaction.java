package io.pitstop.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The satisfaction score, defined once: the mean of the five ratings (overall, attitude, professionalism, speed,
 * price fairness; 1-5 stars each) mapped linearly onto 0-100, so 1 star everywhere is 0, 5 stars everywhere is
 * 100, and 4.4 stars on average is 85 (the domain's target). Averages over many ratings are means of scores.
 */
public final class Satisfaction {

    /** The domain's target for the customer satisfaction score. */
    public static final BigDecimal TARGET = BigDecimal.valueOf(85);

    private Satisfaction() {
    }

    public static BigDecimal score(int overall, int attitude, int professionalism, int speed, int priceFairness) {
        int sum = overall + attitude + professionalism + speed + priceFairness;
        // ((sum / 5) - 1) / 4 * 100 = (sum - 5) * 5
        return BigDecimal.valueOf((sum - 5) * 5L).setScale(2, RoundingMode.HALF_UP);
    }

    /** A rating that customer service hears about at once: overall 2 stars or less, or any dimension at 1. */
    public static boolean low(int overall, int attitude, int professionalism, int speed, int priceFairness) {
        return overall <= 2 || attitude == 1 || professionalism == 1 || speed == 1 || priceFairness == 1;
    }
}
