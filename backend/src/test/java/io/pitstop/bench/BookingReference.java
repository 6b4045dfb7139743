package io.pitstop.bench;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ceiling of booking writes: the booking transaction's SQL run by pgbench on the same database.
 * <p>
 * The statements the API's transaction really runs are captured from the server's log (log_statement = all for the
 * moment of one booking, read back with pg_read_file; needs a csvlog, which the embedded database has) and written
 * to target/bench/booking-transaction.captured.sql, so that the script pgbench runs
 * ({@code src/test/resources/bench/booking-transaction.sql}, statement for statement the same work with generated
 * keys) can be checked against them: the table prints both statement counts.
 */
final class BookingReference {

    private static final Pattern APPOINTMENT_INSERT = Pattern.compile("insert\\s+into\\s+appointment\\b(?!_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");

    private BookingReference() {
    }

    /** The statements of the first transaction that inserted an appointment while logging was on; empty if not readable. */
    static List<String> capture(BenchDb db, Runnable oneBooking, Path out) throws Exception {
        String file;
        try {
            db.execute("alter system set log_statement = 'all'");
            db.execute("select pg_reload_conf()");
            Thread.sleep(1000); // the reload reaches every backend asynchronously
            oneBooking.run();
            Thread.sleep(500);
        } finally {
            db.execute("alter system reset log_statement");
            db.execute("select pg_reload_conf()");
        }
        file = db.scalar("select pg_current_logfile('csvlog')");
        if (file == null) {
            return List.of();
        }
        String csv = db.scalar("select pg_read_file('" + file.replace("'", "''") + "')");
        List<String> tx = transaction(Csv.parse(csv));
        Files.createDirectories(out.getParent());
        Files.writeString(out, "-- The booking transaction as the API ran it (" + tx.size() + " statements), parameters inlined.\n"
                + String.join(";\n", tx) + ";\n");
        return tx;
    }

    /** From the csvlog rows (pid at 3, message at 13, detail at 14): the transaction holding the appointment insert. */
    private static List<String> transaction(List<List<String>> rows) {
        int insert = -1;
        for (int i = 0; i < rows.size() && insert < 0; i++) {
            if (APPOINTMENT_INSERT.matcher(sql(rows.get(i))).find()) { // also inside a CTE ("with candidate as (…) insert into appointment …")
                insert = i;
            }
        }
        if (insert < 0) {
            return List.of();
        }
        String pid = rows.get(insert).get(3);
        int begin = insert;
        while (begin > 0 && !(pid.equals(rows.get(begin).get(3)) && sql(rows.get(begin)).equalsIgnoreCase("begin"))) {
            begin--;
        }
        List<String> tx = new ArrayList<>();
        for (int i = begin; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (!pid.equals(r.get(3)) || sql(r).isEmpty()) {
                continue;
            }
            tx.add(inline(sql(r), r.size() > 14 ? r.get(14) : ""));
            if (sql(r).equalsIgnoreCase("commit") || sql(r).equalsIgnoreCase("rollback")) {
                break;
            }
        }
        return tx;
    }

    /** The statement of a log line: "statement: X" or "execute name: X". */
    private static String sql(List<String> row) {
        if (row.size() <= 13) {
            return "";
        }
        String m = row.get(13);
        if (m.startsWith("statement: ")) {
            return m.substring("statement: ".length()).trim();
        }
        if (m.startsWith("execute ")) {
            int colon = m.indexOf(": ");
            return colon < 0 ? "" : m.substring(colon + 2).trim();
        }
        return "";
    }

    /** "$1 = 'a', $2 = NULL" in the detail, put in place of the placeholders (highest number first). */
    private static String inline(String sql, String detail) {
        if (detail == null || !detail.toLowerCase(Locale.ROOT).startsWith("parameters: ")) {
            return sql;
        }
        Matcher m = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')").matcher(detail);
        List<String[]> params = new ArrayList<>();
        while (m.find()) {
            params.add(new String[]{m.group(1), m.group(2)});
        }
        for (int i = params.size() - 1; i >= 0; i--) {
            sql = sql.replace("$" + params.get(i)[0], params.get(i)[1]);
        }
        return sql;
    }

    /** pgbench running the script for some seconds: tps, failures and latency percentiles (from its per-transaction log). */
    static JsonObject pgbench(BenchDb db, Path script, int clients, double seconds, Path work) throws Exception {
        Path logs = Files.createDirectories(work.resolve("pgbench-" + System.nanoTime()));
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2",
                "-T", Integer.toString((int) Math.ceil(seconds)), "-D", "run=" + (System.currentTimeMillis() % 1_000_000),
                // what either script may name: ours uses run; the one of the new booking path the others (see booking-setup.sql)
                "-D", "clients=" + clients, "-D", "skill=GENERAL_SERVICE", "-D", "type=MINOR_SERVICE", "-D", "customers=3000",
                "-D", "phones=1991",
                "-l", "--log-prefix=" + logs.resolve("tx"), "-f", script.toString()));
        cmd.addAll(List.of(db.pgbenchArgs()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (db.password() != null) {
            pb.environment().put("PGPASSWORD", db.password());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.MINUTES);
        Files.writeString(logs.resolve("pgbench.out"), out);
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        }
        List<Long> latencies = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("tx")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.split(" ");
                    if (cols.length > 2 && !cols[2].equals("failed") && !cols[2].equals("skipped")) {
                        latencies.add(Long.parseLong(cols[2]) * 1000);
                    }
                }
            }
        }
        Matcher failed = FAILED.matcher(out);
        Matcher processed = PROCESSED.matcher(out);
        return LoadClient.percentiles(latencies.stream().mapToLong(Long::longValue).toArray())
                .put("tps", Double.parseDouble(tps.group(1))).put("clients", clients)
                .put("transactions", processed.find() ? Long.parseLong(processed.group(1)) : -1)
                .put("failed", failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Just enough CSV for PostgreSQL's csvlog: quoted fields, doubled quotes, newlines inside quotes. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
