package io.pitstop.repair.service;

import io.pitstop.common.Language;
import io.pitstop.common.Messages;

import java.util.Map;

/**
 * The messages the shop's system writes into an order's events (an automatic update, an alarm, the customer's
 * decisions counted): stored once for every reader, so said in both languages, "中文 / English", from the bundles.
 */
final class EventTexts {

    private EventTexts() {
    }

    static String both(String key, Map<String, ?> values) {
        return Messages.text(Language.ZH_CN, key, values) + " / " + Messages.text(Language.EN, key, values);
    }
}
