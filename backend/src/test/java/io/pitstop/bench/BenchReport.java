package io.pitstop.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's table (printed) and its JSON (every figure the scenarios returned, with the table's rows). */
final class BenchReport {

    record Row(String scenario, String pitstop, String reference, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final JsonObject json = new JsonObject();
    private final List<String> notes = new ArrayList<>();

    void row(String scenario, String pitstop, String reference, String ratio, String target, Boolean met) {
        rows.add(new Row(scenario, pitstop, reference, ratio, target, met == null ? "—" : met ? "met" : "NOT met"));
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    /** A scenario or reference that could not run: said in the table's notes, never dropped silently. */
    void note(String text) {
        notes.add(text);
        System.out.println("[bench] NOTE: " + text);
    }

    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | Pitstop | same-run reference | ratio | target | |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            sb.append("| ").append(String.join(" | ", r.scenario(), r.pitstop(), r.reference(), r.ratio(), r.target(), r.met())).append(" |\n");
        }
        for (String n : notes) {
            sb.append("\nNote: ").append(n);
        }
        return sb.toString();
    }

    void write(Path file) throws Exception {
        JsonArray table = new JsonArray();
        rows.forEach(r -> table.add(new JsonObject().put("scenario", r.scenario()).put("pitstop", r.pitstop())
                .put("reference", r.reference()).put("ratio", r.ratio()).put("target", r.target()).put("met", r.met())));
        json.put("table", table).put("notes", new JsonArray(new ArrayList<>(notes)));
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.encodePrettily());
        Files.writeString(file.resolveSibling("results.md"), table());
    }

    static String ms(JsonObject o, String key) {
        Double v = o.getDouble(key);
        return v == null ? "?" : v >= 100 ? String.format("%.0f ms", v) : String.format("%.1f ms", v);
    }

    static String pct(double part, double whole) {
        return whole <= 0 ? "—" : String.format("%.0f %%", 100 * part / whole);
    }

    static String times(double a, double b) {
        return b <= 0 ? "—" : String.format("%.1f×", a / b);
    }
}
