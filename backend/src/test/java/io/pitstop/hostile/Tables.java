package io.pitstop.hostile;

import io.pitstop.support.Db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of every table (row count and a digest of the rows), to show that a batch of refused requests changed
 * nothing. Left out are the tables whose purpose is to count attempts, which hostile requests are: the login throttle
 * and the rate limits.
 */
final class Tables {

    static final Set<String> ATTEMPT_COUNTERS = Set.of("login_throttle", "rate_limit", "flyway_schema_history");

    private Tables() {
    }

    static Map<String, String> fingerprint() {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Object> row : Db.query("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            String table = (String) row.get("table_name");
            if (ATTEMPT_COUNTERS.contains(table)) {
                continue;
            }
            Map<String, Object> r = Db.query("select count(*) as n, md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as d from \""
                    + table + "\" t").get(0);
            out.put(table, r.get("n") + " rows " + r.get("d"));
        }
        return out;
    }

    /** The tables whose fingerprints differ, with both. */
    static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> out = new LinkedHashMap<>();
        after.forEach((table, print) -> {
            if (!print.equals(before.get(table))) {
                out.put(table, before.get(table) + " -> " + print);
            }
        });
        return out;
    }
}
