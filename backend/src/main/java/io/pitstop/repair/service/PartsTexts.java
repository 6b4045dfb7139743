package io.pitstop.repair.service;

import io.pitstop.common.Language;
import io.pitstop.common.Messages;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.PartRef;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How repair names the parts of its lines: each reader in their language ("前刹车片（1K0698151A）", "front brake pads
 * (1K0698151A)"), and the latest expected arrival of those still awaited.
 */
final class PartsTexts {

    private PartsTexts() {
    }

    static String name(Language language, PartRef p) {
        return Messages.text(language, "parts.name", Map.of("name", language == Language.EN ? p.nameEn() : p.nameZh(),
                "partNumber", p.partNumber()));
    }

    /** The parts of these lines, each once, in the reader's language. */
    static String names(Language language, Collection<LineSupply> lines) {
        String names = lines.stream().map(LineSupply::part).filter(Objects::nonNull).map(p -> name(language, p)).distinct()
                .collect(Collectors.joining(Messages.text(language, "parts.separator", Map.of())));
        return names.isEmpty() ? Messages.text(language, "parts.unnamed", Map.of()) : names;
    }

    /** The latest expected arrival among these lines, or null when none is known. */
    static Instant latestArrival(Collection<LineSupply> lines) {
        return lines.stream().map(LineSupply::expectedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** "Waiting for X, expected by T" in the reader's language. */
    static String shortage(Language language, Collection<LineSupply> lines, Acting act) {
        Instant latest = latestArrival(lines);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("parts", names(language, lines));
        if (latest != null) {
            values.put("expectedAt", act.at(latest).toString());
        }
        return Messages.text(language, latest == null ? "parts.short" : "parts.short.expected", values);
    }

    /** A text the system stores once for every reader: "中文 / English". */
    static String both(Function<Language, String> text) {
        return text.apply(Language.ZH_CN) + " / " + text.apply(Language.EN);
    }
}
