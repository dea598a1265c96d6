package com.disputedesk.core.testkit;

import com.disputedesk.core.store.Jdbc;
import com.disputedesk.core.store.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests: one embedded server per test JVM, started on first use and stopped when the
 * JVM exits (starting one takes seconds; a database takes milliseconds). Each test gets an empty database.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Creates an empty database named after {@code prefix}; returns its JDBC URL. */
    public static String newDatabase(String prefix) {
        EmbeddedPostgres pg = server();
        String database = prefix + "_" + DATABASES.incrementAndGet();
        new Jdbc(pg.getPostgresDatabase()).update("CREATE DATABASE " + database);
        return pg.getJdbcUrl("postgres", database);
    }

    /** Stores over the database at {@code url}, as a process would open them; callers close them. */
    public static JdbcStores open(String url, Path evidenceDir, long maxEvidenceBytes) {
        return JdbcStores.postgres(url, "postgres", "postgres", evidenceDir, maxEvidenceBytes);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is exiting: the server's folder is temporary either way
                    }
                }, "test-postgres-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
