package com.disputedesk.core.store;

import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The stores over a real PostgreSQL server: a fresh database per test. */
class PostgresStoresTest extends StoresContract {
    @TempDir
    Path dir;
    private String database;

    @BeforeEach
    @Override
    void openDatabase() {
        database = TestPostgres.newDatabase("stores");
        super.openDatabase();
    }

    @Override
    protected JdbcStores openStores() {
        return TestPostgres.open(database, evidenceDir(), LIMIT);
    }

    @Override
    protected Path evidenceDir() {
        return dir.resolve("evidence");
    }
}
