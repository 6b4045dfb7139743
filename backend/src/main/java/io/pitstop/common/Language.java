package io.pitstop.common;

import java.util.Locale;

/**
 * The languages Pitstop speaks. Chinese is the shop's language and the default; English is for the people who
 * chose it. Texts in each language live in the message bundles under {@code i18n/} (see {@link Messages}).
 */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    public static final Language DEFAULT = ZH_CN;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag stored with an account and sent in {@code Content-Language}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** A stored tag, or the default when it is absent or unknown. */
    public static Language ofTag(String tag) {
        if (tag != null) {
            for (Language l : values()) {
                if (l.tag.equalsIgnoreCase(tag.trim())) {
                    return l;
                }
            }
        }
        return DEFAULT;
    }

    /**
     * The language an {@code Accept-Language} header asks for: the supported language of highest weight, Chinese
     * when the header is absent, unparsable or names none we speak.
     */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String wanted = range.getRange().toLowerCase(Locale.ROOT);
                if (wanted.equals("*")) {
                    return DEFAULT;
                }
                if (wanted.startsWith("zh")) {
                    return ZH_CN;
                }
                if (wanted.startsWith("en")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
        return DEFAULT;
    }
}
