package io.pitstop.repair.service;

/** Text fields as people type them. */
final class Inputs {

    private Inputs() {
    }

    /** An optional text: stripped, or null when nothing but blanks was given. */
    static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
