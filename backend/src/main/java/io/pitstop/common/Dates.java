package io.pitstop.common;

import java.util.regex.Pattern;

/**
 * Dates from outside are read only with a four-digit year (RFC 3339, and what the contract's {@code format: date}
 * means). Java's ISO parser also takes "+999999999-12-31": a date no day can be added to and PostgreSQL cannot
 * store, which would otherwise fail deep in a use case as a server error.
 */
public final class Dates {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^\\s*\\d{4}-");

    private Dates() {
    }

    public static boolean fourDigitYear(String text) {
        return text != null && FOUR_DIGIT_YEAR.matcher(text).find();
    }

    /** The text, when its year has four digits; otherwise refused as the parsers refuse a malformed date. */
    public static String checked(String text) {
        if (!fourDigitYear(text)) {
            throw new IllegalArgumentException("not a date with a four-digit year: " + text);
        }
        return text;
    }
}
