package com.disputedesk.core.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The stores over a real PostgreSQL server: one embedded server for the class, a fresh database per test. */
class PostgresStoresTest extends StoresContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @TempDir
    Path dir;
    private String database;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @BeforeEach
    @Override
    void openDatabase() {
        database = "stores_" + DATABASES.incrementAndGet();
        new Jdbc(server.getPostgresDatabase()).update("CREATE DATABASE " + database);
        super.openDatabase();
    }

    @Override
    protected JdbcStores openStores() {
        return JdbcStores.postgres(server.getJdbcUrl("postgres", database), "postgres", "postgres", evidenceDir(),
                LIMIT);
    }

    @Override
    protected Path evidenceDir() {
        return dir.resolve("evidence");
    }
}
