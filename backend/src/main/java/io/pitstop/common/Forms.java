package io.pitstop.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an application/x-www-form-urlencoded body strictly: every problem (bad percent-encoding, a field too long,
 * a control character, a field sent twice, a field nobody asked for) is a 400 naming the field, never a hang or a 500.
 */
public final class Forms {

    private Forms() {
    }

    public static Map<String, String> parse(String body, Set<String> known, int maxValueLength) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName, "body");
            if (!known.contains(name)) {
                throw new InvalidInputException(name.length() > 40 || Texts.hasControl(name) ? "body" : name,
                        Detail.of("problem.generic.field.notInForm"));
            }
            if (rawValue.length() > maxValueLength * 3) {
                throw new InvalidInputException(name, Detail.of("problem.generic.field.tooLong", Map.of("max", maxValueLength)));
            }
            String value = decode(rawValue, name);
            if (value.length() > maxValueLength) {
                throw new InvalidInputException(name, Detail.of("problem.generic.field.tooLong", Map.of("max", maxValueLength)));
            }
            if (Texts.hasControl(value)) {
                throw new InvalidInputException(name, Detail.of("problem.generic.field.control"));
            }
            if (form.put(name, value) != null) {
                throw new InvalidInputException(name, Detail.of("problem.generic.field.twice"));
            }
        }
        return form;
    }

    private static String decode(String raw, String field) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Detail.of("problem.generic.field.percentEncoding"));
        }
    }
}
