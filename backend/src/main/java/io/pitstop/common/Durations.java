package io.pitstop.common;

import java.time.Duration;

/** A configured time limit as the sentences of a notification say it: whole hours as hours, else minutes. */
public final class Durations {

    private Durations() {
    }

    /** "20 分钟", "1 小时", "90 分钟". */
    public static String zh(Duration d) {
        long minutes = d.toMinutes();
        return minutes > 0 && minutes % 60 == 0 ? (minutes / 60) + " 小时" : minutes + " 分钟";
    }

    /** "20 minutes", "1 hour", "90 minutes". */
    public static String en(Duration d) {
        long minutes = d.toMinutes();
        if (minutes > 0 && minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
