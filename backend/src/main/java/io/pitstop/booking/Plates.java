package io.pitstop.booking;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chinese licence plates: a province character, the issuing-authority letter, then five characters (blue and
 * yellow plates) or six for new-energy vehicles (D/F first for small cars, D/F last for large ones). I and O are
 * never used. Stored upper-case without spaces or separators.
 */
public final class Plates {

    private static final Pattern PLATE = Pattern.compile(
            "^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
                    + "(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]{5}|\\d{5}[DF])$");
    private static final Pattern VIN = Pattern.compile("^[A-HJ-NPR-Z0-9]{17}$");

    private Plates() {
    }

    public static Optional<String> normalizePlate(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String p = raw.replaceAll("[\\s·.\\-]", "").toUpperCase();
        return PLATE.matcher(p).matches() ? Optional.of(p) : Optional.empty();
    }

    public static Optional<String> normalizeVin(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String v = raw.replaceAll("\\s", "").toUpperCase();
        return VIN.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
