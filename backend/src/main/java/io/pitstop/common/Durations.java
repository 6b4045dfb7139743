package io.pitstop.common;

import java.time.Duration;

/** A configured time limit as the sentences of a notification say it: three whole days and more as days, whole hours as hours, else minutes. */
public final class Durations {

    private Durations() {
    }

    /**
     * "20 分钟", "1 小时", "90 分钟", "48 小时", "3 天": whole hours in hours, else minutes; three whole days and more in days
     * (the shop promises "24 小时内答复", never "1 天").
     */
    public static String zh(Duration d) {
        long minutes = d.toMinutes();
        if (inDays(minutes)) {
            return (minutes / 1440) + " 天";
        }
        return minutes > 0 && minutes % 60 == 0 ? (minutes / 60) + " 小时" : minutes + " 分钟";
    }

    /** "20 minutes", "1 hour", "90 minutes", "48 hours", "3 days". */
    public static String en(Duration d) {
        long minutes = d.toMinutes();
        if (inDays(minutes)) {
            return plural(minutes / 1440, "day");
        }
        if (minutes > 0 && minutes % 60 == 0) {
            return plural(minutes / 60, "hour");
        }
        return plural(minutes, "minute");
    }

    private static boolean inDays(long minutes) {
        return minutes >= 3 * 1440 && minutes % 1440 == 0;
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
