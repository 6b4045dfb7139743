package io.pitstop.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's PostgreSQL: an embedded one started here (PostgreSQL 17, statements logged to a CSV file when
 * asked, so that the booking transaction can be captured), or a configured one ({@code PITSTOP_BENCH_DB_URL}, e.g.
 * {@code postgresql://127.0.0.1:5432/pitstop_bench?user=postgres}), which must be an empty database of its own: the
 * benchmark seeds the demo into it and writes thousands of rows.
 */
final class BenchDb implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private BenchDb(EmbeddedPostgres embedded, String host, int port, String database, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    static BenchDb start(String configuredUrl, Path work) throws Exception {
        if (configuredUrl != null) {
            URI u = URI.create(configuredUrl.replaceFirst("^jdbc:", ""));
            Map<String, String> q = new HashMap<>();
            if (u.getQuery() != null) {
                for (String kv : u.getQuery().split("&")) {
                    String[] p = kv.split("=", 2);
                    q.put(p[0], p.length > 1 ? p[1] : "");
                }
            }
            return new BenchDb(null, u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(), u.getPath().substring(1),
                    q.getOrDefault("user", "postgres"), q.get("password"));
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("logging_collector", "on").setServerConfig("log_destination", "csvlog")
                .setServerConfig("log_directory", work.resolve("pglog").toString()).setServerConfig("log_filename", "pg.log")
                .setServerConfig("max_connections", "300")
                .start();
        return new BenchDb(pg, "localhost", pg.getPort(), "postgres", "postgres", null);
    }

    /** The URL the application is given (reactive form; the JDBC one is derived from it). */
    String appUrl() {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user + (password == null ? "" : "&password=" + password);
    }

    String describe() {
        return embedded != null ? "embedded PostgreSQL " + scalar("show server_version") + " (the harness's)"
                : "configured PostgreSQL " + scalar("show server_version") + " at " + host + ":" + port + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    String scalar(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Arguments and environment for pgbench against this database. */
    String[] pgbenchArgs() {
        return new String[]{"-h", host, "-p", Integer.toString(port), "-U", user, database};
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
