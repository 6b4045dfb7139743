package io.pitstop.common;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts as data: every sentence a person reads (an SMS, an inbox message, a problem's detail) is a template in a
 * message bundle, {@code i18n/<capability>_zh_CN.properties} and {@code i18n/<capability>_en.properties}, UTF-8.
 * A template names its values: {@code {reference}} as given, {@code {start,time}} an ISO date-time shown as the
 * reader's short date and time (in the offset it carries, which is the shop's), {@code {limit,duration}} an ISO-8601
 * duration such as {@code PT15M} said as "15 分钟" or "15 minutes", {@code {amount,money}} yuan, and
 * {@code {reason,code}} a code looked up as {@code code.reason.<value>} (the value itself when the bundle has none).
 * Durations therefore come from the configured rule the caller passes, never from the sentence.
 */
public final class Messages {

    /** The bundles, one per capability; a key is looked up in each in turn. */
    static final List<String> BUNDLES = List.of("i18n/common", "i18n/identity", "i18n/shop", "i18n/booking", "i18n/repair",
            "i18n/feedback", "i18n/complaint", "i18n/kpi", "i18n/appraisal", "i18n/improvement", "i18n/notify",
            "i18n/parts");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:,(time|date|duration|money|code))?}");
    private static final Map<Language, DateTimeFormatter> TIME = Map.of(
            Language.ZH_CN, DateTimeFormatter.ofPattern("M月d日 HH:mm", Language.ZH_CN.locale()),
            Language.EN, DateTimeFormatter.ofPattern("MMM d, HH:mm", Language.EN.locale()));
    private static final Map<Language, DateTimeFormatter> DATE = Map.of(
            Language.ZH_CN, DateTimeFormatter.ofPattern("yyyy年M月d日", Language.ZH_CN.locale()),
            Language.EN, DateTimeFormatter.ofPattern("MMM d, yyyy", Language.EN.locale()));
    private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The template of a key in a language, if some bundle has it. */
    public static Optional<String> template(Language language, String key) {
        return CACHE.computeIfAbsent(language.tag() + '\u0000' + key, k -> find(language, key));
    }

    public static boolean has(String key) {
        return template(Language.ZH_CN, key).isPresent() && template(Language.EN, key).isPresent();
    }

    /** The text of a key with its values filled in; fails loudly when no bundle has the key (a programming error). */
    public static String text(Language language, String key, Map<String, ?> values) {
        return fill(language, template(language, key)
                .orElseThrow(() -> new IllegalArgumentException("No text for " + key + " in " + language.tag())), values);
    }

    /** Fills a template's placeholders; a value that is missing leaves the placeholder's name in braces, visibly. */
    public static String fill(Language language, String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            Object value = values.get(m.group(1));
            String shown = value == null ? "{" + m.group(1) + "}" : format(language, m.group(1), m.group(2), value.toString());
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Language language, String name, String style, String value) {
        if (style == null) {
            return value;
        }
        try {
            return switch (style) {
                case "time" -> TIME.get(language).format(OffsetDateTime.parse(value));
                case "date" -> value.length() == 10 ? DATE.get(language).format(java.time.LocalDate.parse(value))
                        : DATE.get(language).format(OffsetDateTime.parse(value));
                case "duration" -> language == Language.EN ? Durations.en(Duration.parse(value)) : Durations.zh(Duration.parse(value));
                case "money" -> "¥" + new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                case "code" -> template(language, "code." + name + "." + value).orElse(value);
                default -> value;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return value;
        }
    }

    private static Optional<String> find(Language language, String key) {
        for (String base : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(base, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** Each language reads its own file only: a key missing in English must not silently come out in Chinese. */
    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }

        @Override
        public List<java.util.Locale> getCandidateLocales(String baseName, java.util.Locale locale) {
            return List.of(locale);
        }
    };
}
