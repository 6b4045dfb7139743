package io.pitstop.common;

/** Checks on text that arrives from outside. PostgreSQL cannot store a NUL character in text at all. */
public final class Texts {

    private Texts() {
    }

    /** An optional text as people type it: stripped, or null when nothing but blanks was given. */
    public static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static boolean hasNul(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /**
     * A UTF-16 surrogate without its pair: JSON can escape one ({@code "\ud800"}), but it is no character, and the
     * database driver would store it as '?' — text that is not what was sent.
     */
    public static boolean hasLoneSurrogate(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Control characters other than tab, line feed and carriage return. */
    public static boolean hasControl(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
