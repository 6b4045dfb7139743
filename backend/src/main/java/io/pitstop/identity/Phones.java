package io.pitstop.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers are logins, so they are stored in one canonical form: a mainland China mobile as its 11 digits
 * (with or without +86 / 86 as typed), anything else in E.164 ({@code +} and up to 15 digits).
 */
public final class Phones {

    private static final Pattern CHINA_MOBILE = Pattern.compile("^(?:\\+?86)?(1[3-9]\\d{9})$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private Phones() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.replaceAll("[\\s-]", "");
        var china = CHINA_MOBILE.matcher(compact);
        if (china.matches()) {
            return Optional.of(china.group(1));
        }
        if (E164.matcher(compact).matches() && !compact.startsWith("+86")) {
            return Optional.of(compact);
        }
        return Optional.empty();
    }

    /** The canonical form, or a 400 problem naming the field. */
    public static String require(String raw, String field) {
        return normalize(raw).orElseThrow(() -> new io.pitstop.common.InvalidInputException(field,
                io.pitstop.common.Detail.of("problem.identity.phone")));
    }

    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }

    /** For showing where a code went without repeating the whole number: 139****0001. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 8) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
