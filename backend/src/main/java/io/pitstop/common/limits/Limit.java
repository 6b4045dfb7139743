package io.pitstop.common.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "At most {@code max} attempts per {@code window}", written in configuration as {@code 10/1h}, {@code 5/15m},
 * {@code 3/1d} or {@code 20/PT1H}.
 */
public record Limit(int max, Duration window) {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd])");

    public Limit {
        if (max < 1) {
            throw new IllegalArgumentException("A limit allows at least one attempt");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs a positive window");
        }
    }

    public static Limit parse(String text) {
        String[] parts = text.strip().split("/", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A limit is written as <max>/<window>, e.g. 10/1h, not '" + text + "'");
        }
        int max = Integer.parseInt(parts[0].strip());
        String w = parts[1].strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(w);
        Duration window;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            window = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            window = Duration.parse(parts[1].strip().toUpperCase(Locale.ROOT));
        }
        return new Limit(max, window);
    }

    @Override
    public String toString() {
        return max + "/" + window;
    }
}
