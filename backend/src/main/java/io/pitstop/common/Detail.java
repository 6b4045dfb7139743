package io.pitstop.common;

import java.util.Map;

/**
 * A problem's {@code detail} as data: a message key in the bundles and the values it names, said in the language the
 * client asked for ({@code Accept-Language}, Chinese by default) when the problem is written.
 */
public record Detail(String key, Map<String, ?> values) {

    public Detail {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static Detail of(String key) {
        return new Detail(key, Map.of());
    }

    public static Detail of(String key, Map<String, ?> values) {
        return new Detail(key, values);
    }

    public String in(Language language) {
        return Messages.text(language, key, values);
    }
}
