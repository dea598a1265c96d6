package com.disputedesk.core.remind;

import com.disputedesk.core.store.Jdbc;
import com.disputedesk.core.store.JdbcStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The reminder store on a real PostgreSQL server: one embedded server for the class, a database per test. */
class PostgresReminderStoreTest extends ReminderStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    protected JdbcStores openStores() {
        String database = "reminders_" + DATABASES.incrementAndGet();
        new Jdbc(server.getPostgresDatabase()).update("CREATE DATABASE " + database);
        return JdbcStores.postgres(server.getJdbcUrl("postgres", database), "postgres", "postgres",
                dir.resolve("evidence"), 1000);
    }
}
