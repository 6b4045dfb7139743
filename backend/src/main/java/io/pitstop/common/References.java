package io.pitstop.common;

import java.security.SecureRandom;

/**
 * The short references people read out on the phone ({@code BK-7Q2M9X}, {@code RO-4K7P2Q}): a prefix and six
 * characters from an alphabet without the ones that are misread (0/O, 1/I/L). Uniqueness is the table's unique key;
 * at 31^6 (about 887 million) a collision is rare enough to answer with a retry by the caller.
 */
public final class References {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 6;

    private References() {
    }

    public static String next(String prefix) {
        StringBuilder sb = new StringBuilder(prefix.length() + 1 + LENGTH).append(prefix).append('-');
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
